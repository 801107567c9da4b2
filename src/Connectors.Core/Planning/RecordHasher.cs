using System.Buffers;
using System.IO.Hashing;
using System.Runtime.InteropServices;

using Connectors.Core.Model;

namespace Connectors.Core.Planning;

/// <summary>
/// Hashes the fields of one record with XxHash128, stable across processes and machines (unlike
/// <see cref="HashCode"/>), so fingerprints and idempotency keys can be stored and compared later.
/// </summary>
internal sealed class RecordHasher : IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(512);
    private int _length;

    public RecordHasher Add(string? value)
    {
        if (value is null)
        {
            return Add(-1);
        }

        Add(value.Length);
        var bytes = MemoryMarshal.AsBytes(value.AsSpan());
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
        return this;
    }

    public RecordHasher Add(long value)
    {
        Ensure(sizeof(long));
        MemoryMarshal.Write(_buffer.AsSpan(_length), in value);
        _length += sizeof(long);
        return this;
    }

    public RecordHasher Add(bool value) => Add(value ? 1L : 0L);

    public RecordHasher Add(CaseKey key) => Add(key.SourceSystem).Add(key.SourceId);

    public RecordHasher Add(ClientContact? client) =>
        client is null
            ? Add(-2) : Add(client.FirstName).Add(client.LastName).Add(client.Phone?.E164 ?? client.Phone?.Raw).Add(client.Email);

    public RecordHasher Add(SourceCase item) =>
        Add(item.Key).Add(item.PracticeArea).Add(item.Status).Add(item.IsClosed).Add(item.UpdatedAt.ToUnixTimeTicks())
            .Add(item.Client).Add(item.AttorneyEmail).Add(item.Title).Add(item.IsEligible).Add(item.IsConnected);

    public RecordHasher Add(TargetCase item) =>
        Add(item.Key).Add(item.PracticeArea).Add(item.Stage).Add(item.IsClosed).Add(item.Client).Add(item.AttorneyEmail).Add(item.Title);

    /// <summary>The hash of everything added since the last call; the hasher is then empty again.</summary>
    public UInt128 Finish()
    {
        var hash = XxHash128.HashToUInt128(_buffer.AsSpan(0, _length));
        _length = 0;
        return hash;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void Ensure(int more)
    {
        if (_length + more <= _buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + more));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
