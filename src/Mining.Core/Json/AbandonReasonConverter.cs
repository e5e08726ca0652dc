using System.Text.Json;
using System.Text.Json.Serialization;
using Mining.Core.Contract;

namespace Mining.Core.Json;

/// <summary>Writes <see cref="AbandonReason"/> as its snake_case wire value (<c>link_invalid</c>) and rejects numbers.</summary>
public sealed class AbandonReasonConverter() : JsonStringEnumConverter<AbandonReason>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false);
