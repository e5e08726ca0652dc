using System.Text;

namespace Mining.Core.Extraction.Markdown;

/// <summary>
/// Writes Markdown the way a browser lays text out: whitespace collapses, blocks are separated by exactly one blank
/// line, and container prefixes (list markers, <c>&gt; </c>) and inline markers (emphasis, links, heading #'s) are only
/// written once visible content follows, so empty elements leave nothing behind.
/// </summary>
internal sealed class MarkdownWriter
{
    private readonly StringBuilder _output = new();
    private readonly List<LinePrefix> _prefixes = [];
    private readonly List<Marker> _pendingMarkers = [];
    private int _pendingBreak;
    private bool _pendingHardBreak;
    private bool _pendingSpace;
    private bool _atLineStart = true;
    private bool _containerFresh = true;
    private int _singleLine;
    private long _contentWrites;

    /// <param name="escapePipes">Escape <c>|</c>, for text that goes into a table cell.</param>
    public MarkdownWriter(bool escapePipes = false)
    {
        EscapePipes = escapePipes;
        if (escapePipes)
        {
            _singleLine = 1;
        }
    }

    public bool EscapePipes { get; }

    public int ContainerDepth => _prefixes.Count;

    /// <summary>Inside a heading or a table cell, where nothing may start a new line.</summary>
    public bool IsSingleLine => _singleLine > 0;

    /// <summary>Appends text; runs of whitespace become one space, as in normal flow.</summary>
    public void Text(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isSpace = i == text.Length || char.IsWhiteSpace(text[i]) || text[i] is '\u200B' or '\uFEFF';
            if (!isSpace)
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                Word(text[start..i]);
                start = -1;
            }

            if (i < text.Length)
            {
                _pendingSpace = true;
            }
        }
    }

    /// <summary>Appends Markdown that must not be escaped (an image, inline code) as one word.</summary>
    public void Atom(string markdown)
    {
        BeginContent(out _);
        _output.Append(markdown);
    }

    /// <summary>A marker such as <c>**</c>, <c>[</c> or <c>## </c>, written just before the next visible content.</summary>
    public Marker Open(string text)
    {
        var marker = new Marker(text);
        _pendingMarkers.Add(marker);
        return marker;
    }

    /// <summary>Ends what <paramref name="marker"/> opened; returns false (writing nothing) when no content followed it.</summary>
    public bool Close(Marker marker, string closer)
    {
        if (!marker.Written)
        {
            _pendingMarkers.Remove(marker);
            return false;
        }

        _output.Append(closer);
        return true;
    }

    /// <summary>A hard line break; two in a row end the paragraph.</summary>
    public void LineBreak()
    {
        if (_singleLine > 0)
        {
            _pendingSpace = true;
        }
        else if (_pendingHardBreak)
        {
            _pendingHardBreak = false;
            BlockBreak(2);
        }
        else if (!_atLineStart)
        {
            _pendingHardBreak = true;
        }
    }

    public void EnsureNewLine() => BlockBreak(1);

    public void EnsureBlankLine() => BlockBreak(2);

    /// <summary>Writes whole lines (a code block, a table) as one block, each line under the current prefixes.</summary>
    public void Lines(IReadOnlyList<string> lines)
    {
        EnsureBlankLine();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i == 0)
            {
                Atom(lines[0]);
                continue;
            }

            _output.Append('\n');
            if (lines[i].Length == 0)
            {
                AppendBlankPrefix();
            }
            else
            {
                AppendPrefix();
                _output.Append(lines[i]);
            }
        }

        EnsureBlankLine();
    }

    /// <summary>Opens a container whose lines start with <paramref name="first"/> once, then <paramref name="rest"/>.</summary>
    public Container Push(string first, string rest)
    {
        var container = new Container(_containerFresh, _contentWrites);
        if (_singleLine == 0)
        {
            _prefixes.Add(new LinePrefix(first, rest));
            _containerFresh = true;
        }

        return container;
    }

    public void Pop(Container container)
    {
        if (_singleLine == 0)
        {
            _prefixes.RemoveAt(_prefixes.Count - 1);
            _containerFresh = container.WasFresh && container.ContentWrites == _contentWrites;
        }
    }

    /// <summary>While inside, breaks of any kind become spaces (headings, table cells).</summary>
    public void BeginSingleLine() => _singleLine++;

    public void EndSingleLine() => _singleLine--;

    public override string ToString() => _output.ToString();

    private void Word(string word)
    {
        BeginContent(out var atLineStart);
        MarkdownEscaper.AppendWord(_output, word, atLineStart, EscapePipes);
    }

    private void BlockBreak(int lines)
    {
        if (_singleLine > 0)
        {
            _pendingSpace = true;
            return;
        }

        if (!_containerFresh)
        {
            _pendingBreak = Math.Max(_pendingBreak, lines);
        }
    }

    private void BeginContent(out bool atLineStart)
    {
        FlushBreaks();
        if (_pendingSpace && !_atLineStart)
        {
            _output.Append(' ');
        }

        if (_atLineStart)
        {
            AppendPrefix();
        }

        atLineStart = _atLineStart;
        foreach (var marker in _pendingMarkers)
        {
            _output.Append(marker.Text);
            marker.Written = true;
            atLineStart = false;
        }

        _pendingMarkers.Clear();
        _pendingSpace = false;
        _atLineStart = false;
        _containerFresh = false;
        _contentWrites++;
    }

    private void FlushBreaks()
    {
        if (_output.Length == 0)
        {
            _pendingBreak = 0;
            _pendingHardBreak = false;
            return;
        }

        if (_pendingBreak == 0 && !_pendingHardBreak)
        {
            return;
        }

        if (_pendingBreak < 2 && _pendingHardBreak && !_atLineStart)
        {
            _output.Append('\\');
        }

        if (!_atLineStart || _pendingBreak == 2)
        {
            _output.Append('\n');
        }

        if (_pendingBreak == 2)
        {
            AppendBlankPrefix();
            _output.Append('\n');
        }

        _pendingBreak = 0;
        _pendingHardBreak = false;
        _pendingSpace = false;
        _atLineStart = true;
    }

    private void AppendPrefix()
    {
        foreach (var prefix in _prefixes)
        {
            _output.Append(prefix.Used ? prefix.Rest : prefix.First);
            prefix.Used = true;
        }
    }

    /// <summary>The prefix of an empty line: the markers of the containers already started, without trailing spaces.</summary>
    private void AppendBlankPrefix()
    {
        var start = _output.Length;
        foreach (var prefix in _prefixes)
        {
            if (!prefix.Used)
            {
                break;
            }

            _output.Append(prefix.Rest);
        }

        var end = _output.Length;
        while (end > start && _output[end - 1] == ' ')
        {
            end--;
        }

        _output.Length = end;
    }

    internal sealed class Marker(string text)
    {
        public string Text { get; } = text;

        public bool Written { get; set; }
    }

    internal readonly record struct Container(bool WasFresh, long ContentWrites);

    private sealed class LinePrefix(string first, string rest)
    {
        public string First { get; } = first;

        public string Rest { get; } = rest;

        public bool Used { get; set; }
    }
}
