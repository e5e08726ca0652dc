using Mining.Simulator.Pages;

namespace Mining.Simulator;

/// <summary>What <see cref="SimulatorServer.CreateSearchQuery"/> creates: how many tasks of each page kind.</summary>
public sealed record SearchQuerySpec
{
    public int Good { get; init; }

    public int Slow { get; init; }

    public int Missing { get; init; }

    public int Blocked { get; init; }

    public int Empty { get; init; }

    public int Down { get; init; }

    /// <summary>How long each slow page waits before it answers.</summary>
    public TimeSpan SlowDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The platform of every task: <c>google</c> or <c>twitter</c>.</summary>
    public string Platform { get; init; } = "google";

    /// <summary>The search text the query stands for.</summary>
    public string Query { get; init; } = "community projects";

    public int Total => Good + Slow + Missing + Blocked + Empty + Down;

    /// <summary>A query of <paramref name="count"/> good pages.</summary>
    public static SearchQuerySpec GoodPages(int count) => new() { Good = count };

    /// <summary>The page kinds in the order tasks are created: kinds interleave so every batch sees a mix.</summary>
    public IReadOnlyList<PageKind> Layout()
    {
        var remaining = new Dictionary<PageKind, int>
        {
            [PageKind.Good] = Good,
            [PageKind.Slow] = Slow,
            [PageKind.Missing] = Missing,
            [PageKind.Blocked] = Blocked,
            [PageKind.Empty] = Empty,
            [PageKind.Down] = Down,
        };
        var layout = new List<PageKind>(Total);
        while (layout.Count < Total)
        {
            foreach (var kind in remaining.Keys.Where(k => remaining[k] > 0).ToList())
            {
                layout.Add(kind);
                remaining[kind]--;
            }
        }

        return layout;
    }

    internal void Validate()
    {
        foreach (var (name, value) in new[] { (nameof(Good), Good), (nameof(Slow), Slow), (nameof(Missing), Missing), (nameof(Blocked), Blocked), (nameof(Empty), Empty), (nameof(Down), Down) })
        {
            if (value < 0)
            {
                throw new ArgumentOutOfRangeException(name, value, "A task count cannot be negative.");
            }
        }

        if (Total is < 1 or > 10_000)
        {
            throw new ArgumentException($"A search query needs 1 to 10000 tasks, not {Total}.");
        }

        if (Platform is not ("google" or "twitter"))
        {
            throw new ArgumentException($"Unknown platform '{Platform}'; use google or twitter.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(SlowDelay, TimeSpan.Zero);
        ArgumentException.ThrowIfNullOrWhiteSpace(Query);
    }
}
