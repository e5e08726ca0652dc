namespace Mining.Simulator.Pages;

/// <summary>
/// What a correct extraction of a good page yields: the article's text blocks, which must all appear in the
/// submitted Markdown, and the boilerplate around it (navigation, cookie banner, comments, related links,
/// footer), none of which may.
/// </summary>
public sealed record PageContent(
    string Title,
    IReadOnlyList<string> Headings,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> ListItems,
    IReadOnlyList<string> Boilerplate,
    IReadOnlyDictionary<string, string> Metadata)
{
    /// <summary>Every text block of the article, in document order of kind: title, headings, paragraphs, list items.</summary>
    public IReadOnlyList<string> MustContain => [Title, .. Headings, .. Paragraphs, .. ListItems];

    /// <summary>The article as plain text, one block per line.</summary>
    public string ExpectedText => string.Join('\n', MustContain);
}
