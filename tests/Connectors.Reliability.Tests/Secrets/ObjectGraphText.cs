using System.Collections;
using System.Reflection;
using System.Text;

namespace Connectors.Reliability.Tests.Secrets;

/// <summary>
/// Every piece of text reachable from an object by reflection: strings in any field, public properties of exceptions,
/// each exception's message, <c>ToString()</c> and <c>Data</c>, HTTP messages' <c>ToString()</c>, headers and content
/// read as text, byte and char arrays decoded as UTF-8. Walks instance fields of every object it meets (private ones
/// and those of base types too), with a visited set and a depth cap, so nothing an exception holds on to is missed.
/// </summary>
internal static class ObjectGraphText
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    public static IReadOnlyList<string> Of(object root, int maxDepth = 24, int maxObjects = 200_000)
    {
        var texts = new List<string>();
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(object Value, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0 && visited.Count < maxObjects)
        {
            var (value, depth) = pending.Pop();
            var type = value.GetType();
            if (!type.IsValueType && !visited.Add(value))
            {
                continue;
            }

            switch (value)
            {
                case string text:
                    texts.Add(text);
                    continue;
                case byte[] bytes:
                    texts.Add(Encoding.UTF8.GetString(bytes));
                    continue;
                case char[] chars:
                    texts.Add(new string(chars));
                    continue;
                case Type or MemberInfo or Assembly or Module or Pointer or IntPtr or UIntPtr:
                    continue;
                case Exception exception:
                    texts.Add(Safe(() => exception.Message));
                    texts.Add(Safe(exception.ToString));
                    foreach (DictionaryEntry entry in exception.Data)
                    {
                        Push(entry.Key);
                        Push(entry.Value);
                    }

                    foreach (
                        var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
                            .Where(p => p.GetIndexParameters().Length == 0))
                    {
                        Push(Try(() => property.GetValue(exception)));
                    }

                    break;
                case HttpRequestMessage request:
                    texts.Add(request.ToString());
                    texts.Add(request.Headers.ToString());
                    Push(request.Content);
                    break;
                case HttpResponseMessage response:
                    texts.Add(response.ToString());
                    texts.Add(response.Headers.ToString());
                    Push(response.Content);
                    Push(response.RequestMessage);
                    break;
                case HttpContent content:
                    texts.Add(content.Headers.ToString());
                    texts.Add(Safe(() => content.ReadAsStringAsync().GetAwaiter().GetResult()));
                    break;
                case System.Net.Http.Headers.HttpHeaders headers:
                    texts.Add(headers.ToString());
                    foreach (var header in headers.NonValidated)
                    {
                        texts.Add($"{header.Key}: {string.Join(", ", header.Value)}");
                    }

                    break;
            }

            if (type.IsPrimitive || type.IsEnum || value is decimal || depth >= maxDepth)
            {
                continue;
            }

            if (value is Array array)
            {
                if (!type.GetElementType()!.IsPrimitive)
                {
                    foreach (var item in array)
                    {
                        Push(item);
                    }
                }

                continue;
            }

            for (var t = type; t is not null; t = t.BaseType)
            {
                foreach (var field in t.GetFields(Instance))
                {
                    if (!field.FieldType.IsPointer && !field.FieldType.IsByRefLike)
                    {
                        Push(Try(() => field.GetValue(value)));
                    }
                }
            }

            void Push(object? next)
            {
                if (next is not null)
                {
                    pending.Push((next, depth + 1));
                }
            }
        }

        return texts;
    }

    private static object? Try(Func<object?> get)
    {
        try
        {
            return get();
        }
        catch (Exception e) when (
            e is TargetInvocationException or InvalidOperationException or NotSupportedException or ArgumentException
                or FieldAccessException)
        {
            return null;
        }
    }

    private static string Safe(Func<string> get)
    {
        try
        {
            return get();
        }
#pragma warning disable CA1031 // a disposed content or a throwing ToString is simply nothing to read
        catch (Exception)
#pragma warning restore CA1031
        {
            return string.Empty;
        }
    }
}
