using System.Net.Http.Headers;
using System.Text;

namespace Mining.Simulator.Tests;

/// <summary>An open <c>/workers/events</c> response read as raw text, so tests see exactly what went over the wire.</summary>
internal sealed class EventStreamClient : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly Stream _body;
    private readonly StringBuilder _received = new();
    private readonly byte[] _buffer = new byte[4096];

    private EventStreamClient(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _body = body;
    }

    public HttpResponseMessage Response => _response;

    public string Received => _received.ToString();

    public static async Task<EventStreamClient> OpenAsync(HttpClient http, string deviceId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/workers/events?device_id={Uri.EscapeDataString(deviceId)}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return new EventStreamClient(response, await response.Content.ReadAsStreamAsync());
    }

    /// <summary>Reads until <paramref name="text"/> has arrived; fails after 10 s of real time.</summary>
    public async Task<string> ReadUntilAsync(string text)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!Received.Contains(text, StringComparison.Ordinal))
        {
            var read = await _body.ReadAsync(_buffer, timeout.Token);
            if (read == 0)
            {
                throw new EndOfStreamException($"The stream ended before '{text}'. Received: {Received}");
            }

            _received.Append(Encoding.UTF8.GetString(_buffer, 0, read));
        }

        return Received;
    }

    /// <summary>Reads until the server ends or cuts the stream; returns true when it did within 10 s.</summary>
    public async Task<bool> ReadToEndAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            while (true)
            {
                var read = await _body.ReadAsync(_buffer, timeout.Token);
                if (read == 0)
                {
                    return true;
                }

                _received.Append(Encoding.UTF8.GetString(_buffer, 0, read));
            }
        }
        catch (HttpRequestException)
        {
            return true;
        }
        catch (IOException)
        {
            return true;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _body.DisposeAsync();
        _response.Dispose();
    }
}
