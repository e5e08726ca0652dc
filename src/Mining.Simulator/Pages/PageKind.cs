namespace Mining.Simulator.Pages;

/// <summary>The kinds of test page the simulator serves under <c>/pages/</c>.</summary>
public enum PageKind
{
    /// <summary><c>/pages/good/{n}</c>: 200 with a full article.</summary>
    Good,

    /// <summary><c>/pages/slow/{n}?ms=</c>: the good page after a delay.</summary>
    Slow,

    /// <summary><c>/pages/missing/{n}</c>: 404.</summary>
    Missing,

    /// <summary><c>/pages/blocked/{n}</c>: 403.</summary>
    Blocked,

    /// <summary><c>/pages/empty/{n}</c>: 200 with no content.</summary>
    Empty,

    /// <summary><c>/pages/down/{n}</c>: 503.</summary>
    Down,
}
