using System.Buffers;
using System.Globalization;
using System.Text;

namespace Mining.Core.Sse;

/// <summary>
/// An incremental <c>text/event-stream</c> parser that follows the WHATWG HTML rules (§9.2.6): feed it the bytes of
/// one connection in reads of any size and it emits the events it dispatches and the comments it sees.
/// </summary>
/// <remarks>
/// Bytes go through one streaming UTF-8 decoder, so a code point split across reads decodes whole and invalid bytes
/// become U+FFFD exactly as a streaming decoder makes them. A CR ends its line at once; an LF right after it (even in
/// the next read) is swallowed, so a parser never waits on a bare CR. Not thread-safe: one reader per instance.
/// </remarks>
public sealed class EventStreamParser
{
    /// <summary>
    /// The contract's events are a few dozen bytes; 1 Mi characters leaves room for any honest event while a server
    /// that never ends a line cannot make the worker buffer without bound.
    /// </summary>
    public const int DefaultMaxBufferedChars = 1024 * 1024;

    private const char ByteOrderMark = '\uFEFF';
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly Decoder _decoder = Utf8.GetDecoder();
    private readonly StringBuilder _line = new();
    private readonly StringBuilder _data = new();
    private readonly int _maxBufferedChars;
    private string _eventType = string.Empty;
    private string _lastEventIdBuffer;
    private bool _atStreamStart = true;
    private bool _swallowLineFeed;
    private bool _completed;

    /// <param name="lastEventId">
    /// The last event ID carried over from an earlier connection. It seeds this stream's id buffer (as browsers do),
    /// so an event without an <c>id</c> field after a reconnect keeps reporting it.
    /// </param>
    /// <param name="maxBufferedChars">
    /// The most characters a pending line plus a pending event's data may hold; past it <see cref="Feed"/> throws
    /// <see cref="EventStreamTooLargeException"/>.
    /// </param>
    public EventStreamParser(string lastEventId = "", int maxBufferedChars = DefaultMaxBufferedChars)
    {
        ArgumentNullException.ThrowIfNull(lastEventId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBufferedChars);
        _maxBufferedChars = maxBufferedChars;
        _lastEventIdBuffer = lastEventId;
        LastEventId = lastEventId;
    }

    /// <summary>The last event ID string: the id buffer as of the latest blank line. Empty means none (send no <c>Last-Event-ID</c>).</summary>
    public string LastEventId { get; private set; }

    /// <summary>The reconnection time in milliseconds from the last valid <c>retry</c> field, or null when the stream set none.</summary>
    public ulong? ReconnectionTimeMilliseconds { get; private set; }

    /// <summary>Parses one read's bytes, adding what they complete to <paramref name="output"/> in stream order.</summary>
    public void Feed(ReadOnlySpan<byte> bytes, ICollection<SseItem> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ObjectDisposedException.ThrowIf(_completed, this);
        if (bytes.IsEmpty)
        {
            return;
        }

        var rented = ArrayPool<char>.Shared.Rent(Utf8.GetMaxCharCount(bytes.Length));
        try
        {
            var count = _decoder.GetChars(bytes, rented, flush: false);
            FeedChars(rented.AsSpan(0, count), output);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Ends the stream: a line or block without its terminator is discarded, never dispatched.</summary>
    public void Complete()
    {
        _completed = true;
        _line.Clear();
        _data.Clear();
        _eventType = string.Empty;
        _decoder.Reset();
    }

    private void FeedChars(ReadOnlySpan<char> chars, ICollection<SseItem> output)
    {
        if (_atStreamStart && !chars.IsEmpty)
        {
            _atStreamStart = false;
            if (chars[0] == ByteOrderMark)
            {
                chars = chars[1..];
            }
        }

        while (!chars.IsEmpty)
        {
            if (_swallowLineFeed)
            {
                _swallowLineFeed = false;
                if (chars[0] == '\n')
                {
                    chars = chars[1..];
                    continue;
                }
            }

            var end = chars.IndexOfAny('\r', '\n');
            if (end < 0)
            {
                _line.Append(chars);
                EnsureWithinLimit();
                return;
            }

            _swallowLineFeed = chars[end] == '\r';
            if (_line.Length == 0)
            {
                ProcessLine(chars[..end], output);
            }
            else
            {
                // The line began in an earlier read.
                _line.Append(chars[..end]);
                EnsureWithinLimit();
                var line = _line.ToString();
                _line.Clear();
                ProcessLine(line, output);
            }

            chars = chars[(end + 1)..];
        }
    }

    private void ProcessLine(ReadOnlySpan<char> line, ICollection<SseItem> output)
    {
        if (line.Length == 0)
        {
            Dispatch(output);
            return;
        }

        if (line[0] == ':')
        {
            output.Add(new SseComment(line[1..].ToString()));
            return;
        }

        var colon = line.IndexOf(':');
        if (colon < 0)
        {
            ProcessField(line, []);
            return;
        }

        var valueStart = colon + 1;
        if (valueStart < line.Length && line[valueStart] == ' ')
        {
            valueStart++;
        }

        ProcessField(line[..colon], line[valueStart..]);
    }

    private void ProcessField(ReadOnlySpan<char> name, ReadOnlySpan<char> value)
    {
        switch (name)
        {
            case "event":
                _eventType = value.ToString();
                break;
            case "data":
                _data.Append(value).Append('\n');
                EnsureWithinLimit();
                break;
            case "id" when !value.Contains('\0'):
                _lastEventIdBuffer = value.ToString();
                break;
            case "retry" when IsAsciiDigits(value)
                              && ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds):
                ReconnectionTimeMilliseconds = milliseconds;
                break;
            default:
                break;
        }
    }

    private void Dispatch(ICollection<SseItem> output)
    {
        LastEventId = _lastEventIdBuffer;
        if (_data.Length == 0)
        {
            _eventType = string.Empty;
            return;
        }

        var data = _data.ToString(0, _data.Length - 1);
        var type = _eventType.Length == 0 ? "message" : _eventType;
        _data.Clear();
        _eventType = string.Empty;
        output.Add(new SseEvent(type, data, LastEventId));
    }

    private void EnsureWithinLimit()
    {
        if (_line.Length + _data.Length > _maxBufferedChars)
        {
            throw new EventStreamTooLargeException(_maxBufferedChars);
        }
    }

    private static bool IsAsciiDigits(ReadOnlySpan<char> value) =>
        !value.IsEmpty && !value.ContainsAnyExceptInRange('0', '9');
}
