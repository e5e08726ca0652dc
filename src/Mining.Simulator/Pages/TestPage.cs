using Mining.Core.Contract;

namespace Mining.Simulator.Pages;

/// <summary>One test page: where it is served, how it answers, and what a correct worker does with it.</summary>
/// <param name="PathAndQuery">The path (and query) on the simulator, e.g. <c>/pages/slow/3?ms=2000</c>.</param>
/// <param name="StatusCode">The HTTP status the page answers with.</param>
/// <param name="Delay">How long the server waits before answering.</param>
/// <param name="Content">The expected extraction; null for pages without an article.</param>
public sealed record TestPage(PageKind Kind, int Number, string PathAndQuery, int StatusCode, TimeSpan Delay, PageContent? Content)
{
    /// <summary>The abandon reason a correct worker sends for this page, or null when it must submit.</summary>
    public AbandonReason? ExpectedAbandonReason => Kind switch
    {
        PageKind.Good or PageKind.Slow => null,
        PageKind.Missing => AbandonReason.LinkInvalid,
        PageKind.Blocked => AbandonReason.SiteBlocked,
        PageKind.Empty => AbandonReason.ContentRemoved,
        PageKind.Down => AbandonReason.SiteDown,
        _ => throw new InvalidOperationException($"Unknown page kind {Kind}."),
    };
}
