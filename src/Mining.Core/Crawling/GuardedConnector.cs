using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Options;
using Mining.Core.Options;

namespace Mining.Core.Crawling;

/// <summary>
/// The crawler's <see cref="SocketsHttpHandler.ConnectCallback"/>. It runs for every new connection, so for every
/// redirect hop: it resolves the host once, refuses if any address is forbidden (unless the host:port is allowed),
/// and connects to the very addresses it vetted, so a second lookup (DNS rebinding) never gets a say.
/// </summary>
public sealed class GuardedConnector(IHostResolver resolver, ISocketConnector connector, IOptions<MiningOptions> options)
{
    private readonly PrivateHostAllowList allowList = new(options.Value.Crawler.AllowedPrivateHosts);

    public ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ConnectAsync(context.DnsEndPoint.Host, context.DnsEndPoint.Port, cancellationToken);
    }

    public async ValueTask<Stream> ConnectAsync(string host, int port, CancellationToken cancellationToken)
    {
        var normalized = PrivateHostAllowList.NormalizeHost(Uri.UnescapeDataString(host));
        var addresses = await ResolveAsync(normalized, cancellationToken).ConfigureAwait(false);
        // A name that resolves to a public and a private address at once is refused whole: it is either broken or an
        // attack, and refusing it means no later connection from the pool can land on the private one.
        if (!allowList.Allows(normalized, port) && Array.Exists(addresses, AddressPolicy.IsForbidden))
        {
            throw new BlockedAddressException();
        }

        ExceptionDispatchInfo? lastFailure = null;
        foreach (var address in addresses)
        {
            try
            {
                return await connector.ConnectAsync(new IPEndPoint(address, port), cancellationToken).ConfigureAwait(false);
            }
            catch (SocketException exception)
            {
                lastFailure = ExceptionDispatchInfo.Capture(exception);
            }
        }

        lastFailure?.Throw();
        throw new SocketException((int)SocketError.HostNotFound);
    }

    private async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host, out var literal))
        {
            return [literal];
        }

        // Not an address and not a valid DNS name either (a mangled IPv6 literal, a zone id): never guess.
        if (host.Contains(':', StringComparison.Ordinal) || host.Contains('%', StringComparison.Ordinal))
        {
            throw new BlockedAddressException();
        }

        return await resolver.ResolveAsync(host, cancellationToken).ConfigureAwait(false);
    }
}
