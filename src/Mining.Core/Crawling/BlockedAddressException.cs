namespace Mining.Core.Crawling;

/// <summary>Thrown at connect time when a host resolves to an address the crawler must not reach.</summary>
public sealed class BlockedAddressException : Exception
{
    public BlockedAddressException()
        : base("blocked address")
    {
    }

    public BlockedAddressException(string message)
        : base(message)
    {
    }

    public BlockedAddressException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
