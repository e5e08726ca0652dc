using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Mining.Core.Codec;
using Mining.Core.Contract;
using Mining.Core.Http;
using Mining.Core.Json;
using Polly.Timeout;

namespace Mining.Core.Api;

/// <summary>
/// The client of MINING_API.md §2–§5 over the named clients of <see cref="MiningHttpClients"/>: bearer auth and the
/// retry pipeline sit in their handlers, and this class maps answers to the contract's typed outcomes.
/// </summary>
public sealed partial class MiningApiClient(IHttpClientFactory httpClientFactory, TimeProvider time, ILogger<MiningApiClient> logger) : IMiningApiClient
{
    private const int MaxAbandonDetails = 200;
    private static readonly MiningJsonContext Json = MiningJsonContext.Default;

    public async Task<UserProfile> GetMeAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync(MiningHttpClients.Api, HttpMethod.Get, "auth/me?platforms=all", null, cancellationToken).ConfigureAwait(false);
        return (await ReadAsync(response, Json.MeResponse, cancellationToken).ConfigureAwait(false)).User;
    }

    public async Task<string> RegisterDeviceAsync(string userId, DeviceInfo deviceInfo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deviceInfo);
        var payload = new RegisterDevicePayload(userId, deviceInfo, deviceInfo.DeviceType, time.GetUtcNow().ToUnixTimeMilliseconds());
        using var body = EncodedBody(JsonSerializer.Serialize(payload, Json.RegisterDevicePayload));
        using var response = await SendAsync(MiningHttpClients.Api, HttpMethod.Post, "devices/register-v2", body, cancellationToken).ConfigureAwait(false);
        var answer = await ReadAsync(response, Json.EncodedPayload, cancellationToken).ConfigureAwait(false);
        try
        {
            var device = JsonSerializer.Deserialize(PayloadCodec.Decode(answer.Data), Json.RegisteredDevice);
            return device?.DeviceId ?? throw new JsonException("The decoded answer is null.");
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            throw new MiningApiException($"{Endpoint(response)} answered a data payload that does not decode to {{\"device_id\"}}: {ex.Message}", (int)response.StatusCode, ex);
        }
    }

    public async Task<HeartbeatResult> SendHeartbeatAsync(string userId, string deviceId, CancellationToken cancellationToken)
    {
        var payload = new HeartbeatPayload(userId, deviceId, new AgentInfo(MiningProduct.ClientName, time.GetUtcNow().ToUnixTimeMilliseconds()));
        using var body = EncodedBody(JsonSerializer.Serialize(payload, Json.HeartbeatPayload));
        using var response = await SendAsync(MiningHttpClients.Miner, HttpMethod.Post, "workers/heartbeat", body, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return new HeartbeatResult(HeartbeatAnswer.FindAssignedCount(text));
    }

    public async Task<IReadOnlyList<string>> GetPreferencesAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync(MiningHttpClients.Miner, HttpMethod.Get, "workers/preferences", null, cancellationToken).ConfigureAwait(false);
        return (await ReadAsync(response, Json.PreferencesBody, cancellationToken).ConfigureAwait(false)).Platforms;
    }

    public async Task SetPreferencesAsync(IReadOnlyList<string> platforms, CancellationToken cancellationToken)
    {
        using var body = JsonBody.Create(new PreferencesBody { Platforms = platforms }, Json.PreferencesBody);
        using var response = await SendAsync(MiningHttpClients.Miner, HttpMethod.Put, "workers/preferences", body, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AssignmentList> ListAssignmentsAsync(AssignmentQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var response = await SendAsync(MiningHttpClients.Miner, HttpMethod.Get, "mining/assignments" + AssignmentQueryString.Build(query), null, cancellationToken)
            .ConfigureAwait(false);
        var list = await ReadAsync(response, Json.AssignmentList, cancellationToken).ConfigureAwait(false);
        var cacheVersion = response.Headers.TryGetValues("X-Assignment-Cache-Version", out var values) ? values.FirstOrDefault() : null;

        // The server's platform filter is not trusted (MINING_API.md §5).
        var assignments = query.Platforms.Count == 0
            ? list.Assignments
            : [.. list.Assignments.Where(a => query.Platforms.Contains(a.Task.Platform, StringComparer.Ordinal))];
        if (assignments.Count != list.Assignments.Count)
        {
            LogForeignPlatforms(logger, list.Assignments.Count - assignments.Count);
        }

        return list with { Assignments = assignments, CacheVersion = cacheVersion };
    }

    public async Task<AssignmentVersion> GetAssignmentsVersionAsync(AssignmentQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var response = await SendAsync(MiningHttpClients.Miner, HttpMethod.Get, "mining/assignments/version" + AssignmentQueryString.Build(query), null, cancellationToken)
            .ConfigureAwait(false);
        return await ReadAsync(response, Json.AssignmentVersion, cancellationToken).ConfigureAwait(false);
    }

    public async Task<MiningAssignment> GetAssignmentAsync(string assignmentId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(MiningHttpClients.Miner, HttpMethod.Get, AssignmentPath(assignmentId, null), null, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, Json.MiningAssignment, cancellationToken).ConfigureAwait(false);
    }

    public async Task<StartOutcome> StartAssignmentAsync(string assignmentId, CancellationToken cancellationToken)
    {
        using var body = JsonBody.Create(new EmptyBody(), Json.EmptyBody);
        using var response = await TrySendAsync(AssignmentPath(assignmentId, "start"), body, TransientRetryPolicy.Start, cancellationToken).ConfigureAwait(false);
        if (response.Failure is { } failure)
        {
            return new StartOutcome(StartDecision.Skip, null, failure);
        }

        var status = (int)response.Message!.StatusCode;
        if (response.Message.IsSuccessStatusCode)
        {
            var answer = await TryReadAsync(response.Message, Json.SuccessResponse, cancellationToken).ConfigureAwait(false);
            return answer is { Success: false } && !ServerMessage.Says(answer.Message, "already started")
                ? new StartOutcome(StartDecision.Skip, status, answer.Message)
                : new StartOutcome(StartDecision.Proceed, status, answer?.Message);
        }

        var message = await ServerMessage.ReadAsync(response.Message, cancellationToken).ConfigureAwait(false);
        return response.Message.StatusCode switch
        {
            HttpStatusCode.Conflict when ServerMessage.Says(message, "already started") => new StartOutcome(StartDecision.Proceed, status, message),
            HttpStatusCode.Conflict or HttpStatusCode.NotFound or HttpStatusCode.Forbidden => new StartOutcome(StartDecision.Skip, status, message),
            >= HttpStatusCode.InternalServerError or HttpStatusCode.RequestTimeout => new StartOutcome(StartDecision.Skip, status, message),
            _ => throw Unexpected(response.Message, message),
        };
    }

    public async Task<SubmitOutcome> SubmitAssignmentAsync(string assignmentId, SubmitRequest submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        using var body = JsonBody.Create(submission, Json.SubmitRequest);
        using var response = await TrySendAsync(AssignmentPath(assignmentId, "submit"), body, TransientRetryPolicy.Default, cancellationToken).ConfigureAwait(false);
        if (response.Failure is { } failure)
        {
            return new SubmitOutcome(SubmitDecision.Abandon, null, failure);
        }

        var status = (int)response.Message!.StatusCode;
        if (response.Message.IsSuccessStatusCode)
        {
            var answer = await TryReadAsync(response.Message, Json.SuccessResponse, cancellationToken).ConfigureAwait(false);
            return answer is { Success: false }
                ? new SubmitOutcome(ClassifyRefusal(answer.Message), status, answer.Message)
                : new SubmitOutcome(SubmitDecision.Submitted, status, answer?.Message);
        }

        var message = await ServerMessage.ReadAsync(response.Message, cancellationToken).ConfigureAwait(false);
        var decision = response.Message.StatusCode switch
        {
            HttpStatusCode.Conflict when ServerMessage.Says(message, "must be in progress") => SubmitDecision.DoNotAbandon,
            HttpStatusCode.Conflict => SubmitDecision.AlreadyCompleted,
            HttpStatusCode.BadRequest when ServerMessage.Says(message, "must be in progress") => SubmitDecision.DoNotAbandon,
            HttpStatusCode.NotFound => SubmitDecision.DoNotAbandon,
            _ => SubmitDecision.Abandon,
        };
        return new SubmitOutcome(decision, status, message);
    }

    public async Task<AbandonOutcome> AbandonAssignmentAsync(string assignmentId, AbandonReason reason, string? details, CancellationToken cancellationToken)
    {
        using var body = JsonBody.Create(new AbandonRequest(reason, Truncate(details)), Json.AbandonRequest);
        using var response = await TrySendAsync(AssignmentPath(assignmentId, "abandon"), body, TransientRetryPolicy.Default, cancellationToken).ConfigureAwait(false);
        if (response.Failure is { } failure)
        {
            return new AbandonOutcome(false, null, failure);
        }

        var status = (int)response.Message!.StatusCode;
        if (!response.Message.IsSuccessStatusCode)
        {
            return new AbandonOutcome(false, status, await ServerMessage.ReadAsync(response.Message, cancellationToken).ConfigureAwait(false));
        }

        var answer = await TryReadAsync(response.Message, Json.AbandonResponse, cancellationToken).ConfigureAwait(false);
        return new AbandonOutcome(answer?.Ok ?? true, status, answer?.Message);
    }

    private static SubmitDecision ClassifyRefusal(string? message) =>
        ServerMessage.Says(message, "already completed") ? SubmitDecision.AlreadyCompleted
        : ServerMessage.Says(message, "must be in progress") ? SubmitDecision.DoNotAbandon
        : SubmitDecision.Abandon;

    private static string AssignmentPath(string assignmentId, string? action)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assignmentId);
        var path = "mining/assignments/" + Uri.EscapeDataString(assignmentId);
        return action is null ? path : path + "/" + action;
    }

    private static string? Truncate(string? details)
    {
        if (details is null || details.Length <= MaxAbandonDetails)
        {
            return details;
        }

        var cut = char.IsHighSurrogate(details[MaxAbandonDetails - 1]) ? MaxAbandonDetails - 1 : MaxAbandonDetails;
        return details[..cut];
    }

    private static ByteArrayContent EncodedBody(string json) =>
        JsonBody.Create(new EncodedPayload { Data = PayloadCodec.Encode(json) }, Json.EncodedPayload);

    private static string Endpoint(HttpResponseMessage response) => Endpoint(response.RequestMessage);

    private static string Endpoint(HttpRequestMessage? request) => $"{request?.Method} {request?.RequestUri?.AbsolutePath}";

    private static MiningApiException Unexpected(HttpResponseMessage response, string? message) =>
        new($"{Endpoint(response)} answered HTTP {(int)response.StatusCode}" + (message is null ? "." : ": " + message), (int)response.StatusCode);

    private async Task<HttpResponseMessage> SendAsync(string clientName, HttpMethod method, string path, HttpContent? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body };
        try
        {
            return await httpClientFactory.CreateClient(clientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsFailureToAnswer(ex, cancellationToken))
        {
            throw new MiningApiException($"{method} {request.RequestUri?.AbsolutePath ?? path} got no answer: {ex.Message}", null, ex);
        }
    }

    /// <summary>For the outcome endpoints: a failure to answer after the pipeline's retries is an outcome, not an exception.</summary>
    private async Task<SendResult> TrySendAsync(string path, HttpContent body, TransientRetryPolicy policy, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body };
        request.Options.Set(TransientRetryPolicy.Key, policy);
        try
        {
            return new SendResult(await httpClientFactory.CreateClient(MiningHttpClients.Miner).SendAsync(request, cancellationToken).ConfigureAwait(false), null);
        }
        catch (Exception ex) when (IsFailureToAnswer(ex, cancellationToken))
        {
            LogNoAnswer(logger, Endpoint(request), ex.GetType().Name);
            return new SendResult(null, $"{Endpoint(request)} got no answer: {ex.Message}");
        }
    }

    private static bool IsFailureToAnswer(Exception ex, CancellationToken cancellationToken) =>
        ex is HttpRequestException or TimeoutRejectedException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw Unexpected(response, await ServerMessage.ReadAsync(response, cancellationToken).ConfigureAwait(false));
        }
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                return await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false)
                       ?? throw new JsonException("The body is null.");
            }
        }
        catch (JsonException ex)
        {
            throw new MiningApiException($"{Endpoint(response)} answered a body that does not match the contract: {ex.Message}", (int)response.StatusCode, ex);
        }
    }

    private static async Task<T?> TryReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return text.Length == 0 ? null : JsonSerializer.Deserialize(text, typeInfo);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record SendResult(HttpResponseMessage? Message, string? Failure) : IDisposable
    {
        public void Dispose() => Message?.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped {Count} assignments whose platform was not asked for")]
    private static partial void LogForeignPlatforms(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Endpoint} got no answer ({ErrorType})")]
    private static partial void LogNoAnswer(ILogger logger, string endpoint, string errorType);
}
