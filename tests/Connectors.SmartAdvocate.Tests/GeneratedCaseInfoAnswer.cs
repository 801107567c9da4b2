using System.Globalization;
using System.Net;
using System.Text;

namespace Connectors.SmartAdvocate.Tests;

/// <summary>
/// A CaseInfo answer made while it is read, never held: <see cref="Count"/> cases with contact details, the last one
/// with <see cref="LastPhone"/>, every other with its own number. When its last byte has been read it notes how much
/// memory the process still holds (after a full collection): what the reader keeps of the answer.
/// </summary>
internal sealed class GeneratedCaseInfoAnswer(int count, string lastPhone, int padding = 0) : HttpContent
{
    public int Count => count;

    public string LastPhone => lastPhone;

    public long Served { get; private set; }

    /// <summary>Live bytes of the process when the last byte was served; null until then.</summary>
    public long? LiveAtEnd { get; private set; }

    public static HttpResponseMessage Answer(GeneratedCaseInfoAnswer body) => new(HttpStatusCode.OK) { Content = body };

    public static string Case(long id, string phone, int padding = 0) => string.Create(CultureInfo.InvariantCulture,
        $$$"""{"caseID":{{{id}}},"caseNumber":"{{{9_000_000 + id}}}","caseTypeID":3""" +
        $$$""","caseType":"Auto Accident","caseStatusID":10""" +
        $$$""","caseStatus":"Intake","caseStatusFrom":"2026-01-05T10:00:00.000Z","officeID":1""" +
        $$$""","officeName":"Omaha","plaintiffs":[{"id":1""" +
        $$$""","name":"Doe, Jane{{{new string('x', padding)}}}","role":"Plaintiff","contactID":{{{500 + id}}}""" +
        $$$""","primary":true,"primaryContact":true""" +
        $$$""","contactInfo":{"firstName":"Jane","lastName":"Doe","email":"jane.doe{{{id}}}@example""" +
        $$$""".com","phones":[{"phoneType":"Cell","number":"{{{phone}}}","primary":true,"text":true}]}}]""" +
        $$$""","secondStatuses":[],"createdDate":"2026-01-01T00:00:00.000Z","modifiedDate":"2026-01-05T10:00:00.000Z"}""");

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => new Reader(this).CopyToAsync(stream);

    protected override Stream CreateContentReadStream(CancellationToken cancellationToken) => new Reader(this);

    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(new Reader(this));

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    private sealed class Reader(GeneratedCaseInfoAnswer body) : Stream
    {
        private byte[] _chunk = "["u8.ToArray();
        private int _offset;
        private int _next = 1;
        private bool _ended;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_offset == _chunk.Length && !NextChunk())
            {
                if (!_ended)
                {
                    _ended = true;
                    body.LiveAtEnd = GC.GetTotalMemory(forceFullCollection: true);
                }

                return 0;
            }

            var n = Math.Min(buffer.Length, _chunk.Length - _offset);
            _chunk.AsSpan(_offset, n).CopyTo(buffer);
            _offset += n;
            body.Served += n;
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer, offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private bool NextChunk()
        {
            if (_next > body.Count + 1)
            {
                return false;
            }

            var id = _next++;
            var text = id > body.Count
                ? "]"
                : (id > 1 ? "," : "")
                    + Case(id, id == body.Count ? body.LastPhone : string.Create(CultureInfo.InvariantCulture, $"212{id:D7}"),
                        body.Padding(id));
            _chunk = Encoding.UTF8.GetBytes(text);
            _offset = 0;
            return true;
        }
    }

    private int Padding(int id) => id == 1 ? padding : 0;
}
