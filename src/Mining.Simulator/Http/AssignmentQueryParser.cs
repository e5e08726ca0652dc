using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Mining.Core.Contract;
using Mining.Simulator.Engine;
using Mining.Simulator.Model;

namespace Mining.Simulator.Http;

/// <summary>Reads the query of the list and version endpoints as strictly as MINING_API.md §5 states it.</summary>
internal static class AssignmentQueryParser
{
    private static readonly string[] Statuses = [AssignmentStatus.NotStarted, AssignmentStatus.InProgress, AssignmentStatus.Completed, AssignmentStatus.Failed];
    private static readonly string[] SortFields = ["created_at", "updated_at", "started_at", "completed_at"];
    private static readonly string[] ArrayParameters = ["statuses", "platforms"];

    public const int MaxLimit = 100;

    /// <summary>The filter, or the violation that makes the query invalid.</summary>
    public static (AssignmentFilter? Filter, ViolationKind Kind, string Error) Parse(IQueryCollection query)
    {
        foreach (var key in query.Keys)
        {
            var name = ArrayParameters.FirstOrDefault(p => key.StartsWith(p + "[", StringComparison.Ordinal));
            if (name is not null)
            {
                return (null, ViolationKind.ArrayParameterFormat, $"'{key}' is the bracketed form; send arrays as repeated keys: {name}=a&{name}=b");
            }
        }

        foreach (var name in ArrayParameters)
        {
            if (query[name].Any(v => v?.Contains(',', StringComparison.Ordinal) == true))
            {
                return (null, ViolationKind.ArrayParameterFormat, $"'{name}' is comma-joined; send arrays as repeated keys: {name}=a&{name}=b");
            }
        }

        var statuses = query["statuses"].Select(v => v ?? string.Empty).ToList();
        if (statuses.FirstOrDefault(s => !Statuses.Contains(s)) is { } badStatus)
        {
            return Invalid($"unknown status '{badStatus}'");
        }

        if (!TryInt(query, "limit", 30, 1, MaxLimit, out var limit) || !TryInt(query, "offset", 0, 0, int.MaxValue, out var offset))
        {
            return Invalid($"limit must be 1..{MaxLimit} and offset 0 or more");
        }

        var sortBy = query["sort_by"].ToString();
        if (sortBy.Length > 0 && !SortFields.Contains(sortBy))
        {
            return Invalid($"sort_by must be one of {string.Join('|', SortFields)}");
        }

        var sortOrder = query["sort_order"].ToString();
        if (sortOrder is not ("" or "asc" or "desc"))
        {
            return Invalid("sort_order must be asc or desc");
        }

        DateTimeOffset? createdAfter = null;
        if (query["created_after"].ToString() is { Length: > 0 } after)
        {
            if (!DateTimeOffset.TryParse(after, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return Invalid("created_after must be an ISO-8601 time");
            }

            createdAfter = parsed;
        }

        return (new AssignmentFilter
        {
            Statuses = statuses,
            Platforms = [.. query["platforms"].Select(v => v ?? string.Empty)],
            DeviceId = NullIfEmpty(query["device_id"].ToString()),
            SearchQueryId = NullIfEmpty(query["search_query_id"].ToString()),
            CreatedAfter = createdAfter,
            SortBy = sortBy.Length > 0 ? sortBy : "created_at",
            Descending = sortOrder == "desc",
            Limit = limit,
            Offset = offset,
        }, default, string.Empty);
    }

    /// <summary>A stable digest of the normalized filter: equal filters, equal signatures.</summary>
    public static string Signature(AssignmentFilter filter)
    {
        var canonical = string.Join('\n',
            string.Join(',', filter.Statuses.Order(StringComparer.Ordinal)),
            string.Join(',', filter.Platforms.Order(StringComparer.Ordinal)),
            filter.DeviceId, filter.SearchQueryId, filter.CreatedAfter?.ToUnixTimeMilliseconds(),
            filter.SortBy, filter.Descending, filter.Limit, filter.Offset);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))[..16];
    }

    private static (AssignmentFilter?, ViolationKind, string) Invalid(string error) => (null, ViolationKind.InvalidQueryParameter, error);

    private static bool TryInt(IQueryCollection query, string name, int fallback, int min, int max, out int value)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            value = fallback;
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
