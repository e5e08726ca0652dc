namespace Mining.Simulator.Model;

/// <summary>The kinds of contract mistakes the simulator detects in a worker's requests.</summary>
public enum ViolationKind
{
    /// <summary>A method and path that the contract does not have.</summary>
    UnknownEndpoint,

    /// <summary>A call to a protected endpoint without <c>Authorization: Bearer</c>.</summary>
    MissingAuthorization,

    /// <summary>A body that is not the JSON the endpoint expects.</summary>
    MalformedBody,

    /// <summary>A <c>data</c> payload that the codec cannot read (MINING_API.md §3).</summary>
    UndecodablePayload,

    /// <summary>A required field is missing or has the wrong type or value.</summary>
    InvalidField,

    /// <summary>A payload names another user or an unregistered device.</summary>
    IdentityMismatch,

    /// <summary>A device registered again from a machine that already has a device id.</summary>
    DeviceReregistered,

    /// <summary>An array query parameter sent comma-joined or bracketed instead of as repeated keys.</summary>
    ArrayParameterFormat,

    /// <summary>A query parameter with a value outside the contract.</summary>
    InvalidQueryParameter,

    /// <summary>An abandon reason outside the five values, or details over 200 characters.</summary>
    InvalidAbandon,

    /// <summary>A submit without content, or metadata without platform/url/ISO-8601 UTC timestamp.</summary>
    InvalidSubmission,

    /// <summary>An event-stream request without <c>Accept: text/event-stream</c>.</summary>
    WrongAcceptHeader,

    /// <summary>A preferences body that is not a list of known platforms.</summary>
    InvalidPreferences,
}
