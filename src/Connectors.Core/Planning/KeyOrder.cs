using Connectors.Core.Model;

namespace Connectors.Core.Planning;

/// <summary>Indices of a snapshot in key order, ties in input order; cheap when the input is already sorted.</summary>
internal static class KeyOrder
{
    public static int[] Of<T>(IReadOnlyList<T> items, Func<T, CaseKey> keyOf)
    {
        var order = new int[items.Count];
        var sorted = true;
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            if (sorted && i > 0 && keyOf(items[i - 1]).CompareTo(keyOf(items[i])) > 0)
            {
                sorted = false;
            }
        }

        if (!sorted)
        {
            var keys = new CaseKey[order.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = keyOf(items[i]);
            }

            Array.Sort(order, (a, b) =>
            {
                var byKey = keys[a].CompareTo(keys[b]);
                return byKey != 0 ? byKey : a.CompareTo(b);
            });
        }

        return order;
    }
}
