using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mining.Core.Auth;
using Mining.Core.Identity;
using Mining.Core.Options;
using Mining.Core.Signals;

namespace Mining.Core.Sse;

/// <summary>
/// Holds <c>GET /workers/events</c> open and turns what arrives into signals: one catch-up signal per successful
/// (re)connect and one per <c>assignment</c> event. It reconnects on its own (see <see cref="SseReconnectPolicy"/>),
/// drops a connection that stays silent for 3× the keep-alive interval, and stops only when cancelled or when the
/// token refresh fails. All waiting goes through <see cref="TimeProvider"/>.
/// </summary>
public sealed class SseListener(
    IHttpClientFactory httpClientFactory,
    IAccessTokenProvider tokens,
    IWorkerIdentityAccessor identity,
    ISignalPublisher signals,
    IOptions<MiningOptions> options,
    SseListenerHealth health,
    SseReconnectPolicy reconnectPolicy,
    TimeProvider time,
    ILogger<SseListener> logger)
{
    /// <summary>The named HttpClient for the stream: infinite timeout and no resilience handler, since the listener owns its retries.</summary>
    public const string HttpClientName = "Mining.Sse";

    private const string EventStreamMediaType = "text/event-stream";
    private const string AssignmentEventType = "assignment";

    private string _lastEventId = string.Empty;
    private ulong? _serverRetryMilliseconds;

    /// <summary>The stream client's handler. Browsers send a non-ASCII <c>Last-Event-ID</c> as UTF-8; the default encoder would refuse it.</summary>
    public static SocketsHttpHandler CreatePrimaryHandler() => new() { RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8 };

    private TimeSpan IdleTimeout => options.Value.Sse.KeepAliveInterval * 3;

    /// <summary>
    /// Listens until <paramref name="cancellationToken"/> fires (then throws <see cref="OperationCanceledException"/>)
    /// or the token refresh fails (then returns with the health <see cref="SseListenerStatus.Unhealthy"/>).
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        var justRefreshed = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var end = await ConnectAndListenAsync(cancellationToken).ConfigureAwait(false);
            TimeSpan delay;
            var refreshed = false;
            switch (end.Kind)
            {
                case SseConnectionEndKind.AuthenticationFailed:
                    ReportUnhealthy(end.Reason);
                    return;
                case SseConnectionEndKind.Unauthorized:
                    try
                    {
                        await tokens.RefreshAsync(end.StaleToken!, cancellationToken).ConfigureAwait(false);
                    }
                    catch (AuthenticationFailedException ex)
                    {
                        ReportUnhealthy($"the event stream answered 401 and the token refresh failed: {ex.Message}");
                        return;
                    }
                    catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                    {
                        // The refresh could not be attempted (network, auth server down): not a verdict on the token.
                        delay = reconnectPolicy.NextDelay(failures++, _serverRetryMilliseconds);
                        logger.LogWarning(ex, "The event stream answered 401 and the token refresh did not complete; trying again in {Delay}", delay);
                        break;
                    }

                    // A fresh token deserves an immediate retry; a 401 right after a refresh means something else is wrong.
                    refreshed = true;
                    delay = justRefreshed ? reconnectPolicy.NextDelay(failures++, _serverRetryMilliseconds) : TimeSpan.Zero;
                    logger.LogInformation("The event stream answered 401; refreshed the access token, reconnecting in {Delay}", delay);
                    break;
                case SseConnectionEndKind.Permanent:
                    failures++;
                    delay = SseReconnectPolicy.PermanentErrorDelay;
                    logger.LogError(
                        "The event stream cannot be used: {Reason}. This will not fix itself quickly; retrying in {Delay}",
                        end.Reason,
                        delay);
                    break;
                default:
                    if (end.ConnectedFor >= SseReconnectPolicy.HealthyConnectionResetAfter)
                    {
                        failures = 0;
                    }

                    delay = reconnectPolicy.NextDelay(failures++, _serverRetryMilliseconds);
                    logger.LogWarning("The event stream connection ended: {Reason}; reconnecting in {Delay}", end.Reason, delay);
                    break;
            }

            justRefreshed = refreshed;

            // The timer starts before the health shows the wait, so whoever sees the wait sees a running timer.
            var waiting = delay > TimeSpan.Zero ? Task.Delay(delay, time, cancellationToken) : Task.CompletedTask;
            health.Update(h => h with
            {
                Status = SseListenerStatus.WaitingToReconnect,
                Connected = false,
                ConnectedSince = null,
                NextReconnectDelay = delay,
                LastError = end.Reason,
                ReconnectCount = h.ReconnectCount + 1,
            });
            await waiting.ConfigureAwait(false);
        }
    }

    private async Task<SseConnectionEnd> ConnectAndListenAsync(CancellationToken cancellationToken)
    {
        health.Update(h => h with { Status = SseListenerStatus.Connecting, NextReconnectDelay = null });
        string token;
        Uri uri;
        try
        {
            uri = BuildUri((await identity.GetAsync(cancellationToken).ConfigureAwait(false)).DeviceId);
            token = await tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (AuthenticationFailedException ex)
        {
            return SseConnectionEnd.AuthenticationFailed($"no access token: {ex.Message}");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return SseConnectionEnd.Dropped($"could not resolve the worker identity: {ex.Message}");
        }

        using var connection = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            using var request = BuildRequest(uri, token);
            var sending = httpClientFactory.CreateClient(HttpClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, connection.Token);
            using var response = await sending.WaitAsync(IdleTimeout, time, cancellationToken).ConfigureAwait(false);
            return Classify(response, token) ?? await ListenAsync(response, connection.Token, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return SseConnectionEnd.Dropped($"nothing arrived for {IdleTimeout} (3x Mining:Sse:KeepAliveInterval)");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is HttpRequestException or IOException or OperationCanceledException)
        {
            return SseConnectionEnd.Dropped(ex.Message);
        }
        finally
        {
            await connection.CancelAsync().ConfigureAwait(false);
        }
    }

    private static SseConnectionEnd? Classify(HttpResponseMessage response, string token)
    {
        var status = (int)response.StatusCode;
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            return SseConnectionEnd.Unauthorized(token);
        }

        if (!response.IsSuccessStatusCode)
        {
            var retryable = status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
            var reason = $"the server answered {status} {response.ReasonPhrase}";
            return retryable ? SseConnectionEnd.Dropped(reason) : SseConnectionEnd.Permanent(reason);
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (!string.Equals(mediaType, EventStreamMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return SseConnectionEnd.Permanent($"the server answered {status} with content type '{mediaType ?? "(none)"}', not {EventStreamMediaType}");
        }

        if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
        {
            return SseConnectionEnd.Permanent($"the server answered {status} without a stream");
        }

        return null;
    }

    private async Task<SseConnectionEnd> ListenAsync(HttpResponseMessage response, CancellationToken connectionToken, CancellationToken cancellationToken)
    {
        var connectedAt = time.GetUtcNow();
        health.Update(h => h with { Status = SseListenerStatus.Connected, Connected = true, ConnectedSince = connectedAt, LastError = null });
        logger.LogInformation("Connected to the event stream{LastEventIdNote}", _lastEventId.Length > 0 ? " (resuming after an event id)" : string.Empty);
        TimeSpan ConnectedFor() => time.GetUtcNow() - connectedAt;

        if (!await TryPublishAsync(new AssignmentSignal(SignalReasons.SseCatchUp, null, null, NullIfEmpty(_lastEventId), connectedAt), cancellationToken).ConfigureAwait(false))
        {
            return SseConnectionEnd.Dropped("could not queue the catch-up signal", ConnectedFor());
        }

        var stream = await response.Content.ReadAsStreamAsync(connectionToken).ConfigureAwait(false);
        var reader = new EventStreamReader(stream, new EventStreamParser(_lastEventId));
        while (true)
        {
            IReadOnlyList<SseItem>? items;
            try
            {
                items = await reader.ReadNextAsync(connectionToken).WaitAsync(IdleTimeout, time, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                return SseConnectionEnd.Dropped($"no byte (not even a keep-alive) for {IdleTimeout}", ConnectedFor());
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is HttpRequestException or IOException or OperationCanceledException)
            {
                return SseConnectionEnd.Dropped(ex.Message, ConnectedFor());
            }

            if (items is null)
            {
                return SseConnectionEnd.Dropped("the server closed the stream", ConnectedFor());
            }

            var now = time.GetUtcNow();
            health.Update(h => h with { LastByteAt = now });
            foreach (var item in items)
            {
                if (item is SseEvent sseEvent && !await HandleEventAsync(sseEvent, now, cancellationToken).ConfigureAwait(false))
                {
                    return SseConnectionEnd.Dropped("could not queue a signal; the catch-up signal after reconnecting covers it", ConnectedFor());
                }
            }

            _lastEventId = reader.Parser.LastEventId;
            _serverRetryMilliseconds = reader.Parser.ReconnectionTimeMilliseconds ?? _serverRetryMilliseconds;
        }
    }

    private async Task<bool> HandleEventAsync(SseEvent sseEvent, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        health.Update(h => h with { LastEventAt = receivedAt });
        if (sseEvent.Type != AssignmentEventType)
        {
            logger.LogDebug("Ignoring an event of type {EventType}", sseEvent.Type);
            return true;
        }

        var data = AssignmentEventData.Parse(sseEvent.Data);
        if (data.Malformed)
        {
            logger.LogWarning(
                "An assignment event had malformed data ({Length} chars, event id {EventId}); signalling anyway",
                sseEvent.Data.Length,
                NullIfEmpty(sseEvent.LastEventId));
        }

        return await TryPublishAsync(
            new AssignmentSignal(SignalReasons.SseAssignment, data.Count, data.SearchQueryId, NullIfEmpty(sseEvent.LastEventId), receivedAt),
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> TryPublishAsync(AssignmentSignal signal, CancellationToken cancellationToken)
    {
        try
        {
            await signals.PublishAsync(signal, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Could not queue a {Reason} signal", signal.Reason);
            return false;
        }
    }

    private HttpRequestMessage BuildRequest(Uri uri, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(EventStreamMediaType));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true };

        // Fetch-based clients send the header value trimmed of spaces and tabs; an empty id means no header at all.
        var lastEventId = _lastEventId.Trim(' ', '\t');
        if (lastEventId.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Last-Event-ID", lastEventId);
        }

        return request;
    }

    private Uri BuildUri(string deviceId) =>
        new($"{options.Value.MinerBaseUrl.TrimEnd('/')}/workers/events?device_id={Uri.EscapeDataString(deviceId)}");

    private void ReportUnhealthy(string reason)
    {
        logger.LogCritical("The SSE listener stopped: {Reason}", reason);
        health.Update(h => h with
        {
            Status = SseListenerStatus.Unhealthy,
            Connected = false,
            ConnectedSince = null,
            NextReconnectDelay = null,
            UnhealthyReason = reason,
        });
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
