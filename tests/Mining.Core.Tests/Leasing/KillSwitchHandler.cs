namespace Mining.Core.Tests.Leasing;

/// <summary>Storage traffic of one simulated instance; once killed, every request fails as if the process were gone.</summary>
public sealed class KillSwitchHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    private volatile bool _killed;

    public void Kill() => _killed = true;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _killed
            ? throw new HttpRequestException("This instance is dead.")
            : base.SendAsync(request, cancellationToken);
}
