namespace Mining.Core.Contract;

/// <summary>Why an assignment is given back (MINING_API.md §5). Serialized as the snake_case wire value.</summary>
public enum AbandonReason
{
    UserCancelled,
    LinkInvalid,
    SiteDown,
    SiteBlocked,
    ContentRemoved,
}
