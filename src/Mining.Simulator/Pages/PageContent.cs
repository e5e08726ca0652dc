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
    /// <summary>
    /// The article's body blocks (headings, paragraphs, list items), each of which must appear in the content. The
    /// <see cref="Title"/> is not among them: Readability-style extractors move the headline into the metadata.
    /// </summary>
    public IReadOnlyList<string> MustContain => [.. Headings, .. Paragraphs, .. ListItems];

    /// <summary>The article as plain text, one block per line, title first.</summary>
    public string ExpectedText => string.Join('\n', [Title, .. MustContain]);
}
