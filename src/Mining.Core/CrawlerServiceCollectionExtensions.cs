using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Mining.Core.Crawling;
using Mining.Core.Options;

namespace Mining.Core;

public static class CrawlerServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IPageCrawler"/> with its guarded HTTP client, its fetcher and the content extraction.
    /// Expects <see cref="MiningOptions"/> bound by the host.
    /// </summary>
    public static IServiceCollection AddMiningCrawler(this IServiceCollection services)
    {
        services.AddLogging();
        services.AddOptions<MiningOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MiningOptions>, CrawlerOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IHostResolver, SystemDnsResolver>();
        services.TryAddSingleton<ISocketConnector, TcpSocketConnector>();
        services.TryAddSingleton<GuardedConnector>();
        services.TryAddSingleton<CrawlerHttpClient>();
        services.TryAddSingleton<IPageFetcher, PageFetcher>();
        services.TryAddSingleton<IPageCrawler, PageCrawler>();
        services.AddContentExtraction();
        return services;
    }
}
