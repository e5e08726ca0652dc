using System.Globalization;
using System.Text;
using Mining.Core.Contract;

namespace Mining.Core.Api;

/// <summary>Writes an <see cref="AssignmentQuery"/> as the list/version query string; arrays become repeated keys.</summary>
internal static class AssignmentQueryString
{
    public static string Build(AssignmentQuery query)
    {
        var builder = new StringBuilder();
        foreach (var status in query.Statuses)
        {
            Add(builder, "statuses", status);
        }

        foreach (var platform in query.Platforms)
        {
            Add(builder, "platforms", platform);
        }

        Add(builder, "limit", query.Limit.ToString(CultureInfo.InvariantCulture));
        Add(builder, "offset", query.Offset.ToString(CultureInfo.InvariantCulture));
        Add(builder, "device_id", query.DeviceId);
        Add(builder, "search_query_id", query.SearchQueryId);
        Add(builder, "created_after", query.CreatedAfter?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        Add(builder, "sort_by", query.SortBy);
        Add(builder, "sort_order", query.SortOrder);
        return builder.ToString();
    }

    private static void Add(StringBuilder builder, string key, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        builder.Append(builder.Length == 0 ? '?' : '&').Append(key).Append('=').Append(Uri.EscapeDataString(value));
    }
}
