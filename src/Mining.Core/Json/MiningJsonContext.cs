using System.Text.Json;
using System.Text.Json.Serialization;
using Mining.Core.Contract;
using Mining.Core.Signals;

namespace Mining.Core.Json;

/// <summary>
/// Source-generated System.Text.Json metadata for every payload of MINING_API.md: snake_case names, unknown
/// fields skipped, <c>required</c> members and non-nullable annotations enforced, so a missing field fails with its name.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    RespectNullableAnnotations = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(AbandonReasonConverter)])]
[JsonSerializable(typeof(MiningAssignment))]
[JsonSerializable(typeof(AssignmentList))]
[JsonSerializable(typeof(AssignmentVersion))]
[JsonSerializable(typeof(SubmitRequest))]
[JsonSerializable(typeof(DeviceInfo))]
[JsonSerializable(typeof(UserProfile))]
[JsonSerializable(typeof(AbandonReason))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(AssignmentSignal))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(RefreshTokenRequest))]
[JsonSerializable(typeof(RefreshTokenResponse))]
[JsonSerializable(typeof(MeResponse))]
[JsonSerializable(typeof(EncodedPayload))]
[JsonSerializable(typeof(HeartbeatPayload))]
[JsonSerializable(typeof(RegisterDevicePayload))]
[JsonSerializable(typeof(RegisteredDevice))]
[JsonSerializable(typeof(PreferencesBody))]
[JsonSerializable(typeof(SuccessResponse))]
[JsonSerializable(typeof(AbandonRequest))]
[JsonSerializable(typeof(AbandonResponse))]
[JsonSerializable(typeof(EmptyBody))]
[JsonSerializable(typeof(ErrorBody))]
public sealed partial class MiningJsonContext : JsonSerializerContext;
