namespace Mining.Core.Crawling;

/// <summary>What a fetched body is: HTML or XHTML goes to extraction, plain text is taken as-is.</summary>
public enum PageKind
{
    Html,
    PlainText,
}
