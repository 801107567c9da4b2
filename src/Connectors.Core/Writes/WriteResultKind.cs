namespace Connectors.Core.Writes;

/// <summary>Whether a write-back wrote its record or found it there.</summary>
public enum WriteResultKind
{
    /// <summary>This call wrote the record.</summary>
    Written,

    /// <summary>The record was there already (an earlier call wrote it), found by its natural key: nothing was written.</summary>
    AlreadyWritten,
}
