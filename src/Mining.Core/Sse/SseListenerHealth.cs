namespace Mining.Core.Sse;

/// <summary>
/// The one place the SSE listener reports its health (a singleton). Hosts read <see cref="Current"/>; only the
/// listener and its lease singleton change it.
/// </summary>
public sealed class SseListenerHealth
{
    private readonly Lock _gate = new();
    private SseListenerHealthSnapshot _current = SseListenerHealthSnapshot.Initial;

    public SseListenerHealthSnapshot Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    internal void Update(Func<SseListenerHealthSnapshot, SseListenerHealthSnapshot> change)
    {
        lock (_gate)
        {
            _current = change(_current);
        }
    }
}
