namespace Connectors.Sandbox.Recording;

/// <summary>Every write the sandbox applied, in order, so tests can assert exactly-once effects. Thread-safe.</summary>
public sealed class WriteLog
{
    private readonly List<WriteRecord> _records = [];
    private readonly object _gate = new();
    private readonly string? _tenant;

    /// <summary>A log of the vendors served without tenants.</summary>
    public WriteLog()
    {
    }

    /// <summary>The log of one tenant: every record added is stamped with <paramref name="tenant"/>.</summary>
    internal WriteLog(string tenant) => _tenant = tenant;

    /// <summary>A snapshot of the records so far.</summary>
    public IReadOnlyList<WriteRecord> Records
    {
        get
        {
            lock (_gate)
            {
                return [.. _records];
            }
        }
    }

    /// <summary>Appends a record.</summary>
    public void Add(WriteRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_tenant is not null && record.Tenant is null)
        {
            record = record with { Tenant = _tenant };
        }

        lock (_gate)
        {
            _records.Add(record);
        }
    }

    /// <summary>The records of one vendor and operation.</summary>
    public IReadOnlyList<WriteRecord> Of(string vendor, string operation) =>
        Records.Where(r => r.Vendor == vendor && r.Operation == operation).ToList();

    /// <summary>Forgets every record.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _records.Clear();
        }
    }
}
