using Microsoft.Extensions.DependencyInjection;

namespace MiningWorker.Hosting;

/// <summary>Wraps an already registered singleton service in a decorator.</summary>
internal static class ServiceCollectionDecoration
{
    public static IServiceCollection DecorateSingleton<TService>(this IServiceCollection services, Func<IServiceProvider, TService, TService> decorate)
        where TService : class
    {
        var registered = services.LastOrDefault(descriptor => descriptor.ServiceType == typeof(TService) && !descriptor.IsKeyedService)
            ?? throw new InvalidOperationException($"{typeof(TService).Name} must be registered before it is decorated.");
        services.Remove(registered);
        services.AddSingleton(provider => decorate(provider, (TService)Resolve(provider, registered)));
        return services;
    }

    private static object Resolve(IServiceProvider provider, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!);
}
