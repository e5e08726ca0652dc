using Mining.Core.Extraction;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mining.Core;

public static class ExtractionServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IContentExtractor"/> as the stateless <see cref="MainContentExtractor"/>.</summary>
    public static IServiceCollection AddContentExtraction(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IContentExtractor, MainContentExtractor>();
        return services;
    }
}
