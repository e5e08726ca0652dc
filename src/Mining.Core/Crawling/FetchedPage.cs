namespace Mining.Core.Crawling;

/// <summary>A decoded page. <see cref="Truncated"/> says the body hit Mining:Crawler:MaxBytes and was cut there.</summary>
public sealed record FetchedPage(Uri FinalUrl, PageKind Kind, string Text, bool Truncated);
