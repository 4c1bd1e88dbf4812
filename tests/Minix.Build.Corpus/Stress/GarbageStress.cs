using System;

namespace Minix.Build.Corpus.Stress;

/// <summary>
/// The collector's stress program (GarbageCollectorTests runs it through <c>minix run</c> with a 16 MiB heap): far
/// more allocation than the heap holds, with a live set of linked nodes, arrays and strings that is replaced piece
/// by piece and checked whole, so a collector that frees or moves live data, or corrupts it, changes the result.
/// Outside the corpus namespace: not a differential case.
/// </summary>
public static class GarbageStress
{
    private const int Slots = 4096;

    private sealed class Node
    {
        public Node Next;
        public int[] Payload;
        public string Label;
        public long Stamp;
    }

    /// <summary>
    /// Allocates at least <paramref name="megabytes"/> MiB in total while keeping about 5 MiB live; every replaced
    /// object is checked before it is dropped and the whole live set every 64 MiB.
    /// </summary>
    /// <param name="megabytes">How much to allocate in total.</param>
    /// <returns>A checksum of everything checked (-1 - slot if live data was found damaged).</returns>
    public static long Churn(int megabytes)
    {
        var live = new object[Slots];
        long allocated = 0;
        long target = (long)megabytes << 20;
        long checksum = 0;
        long nextAudit = 64L << 20;
        uint seed = 12345;
        long serial = 0;
        while (allocated < target)
        {
            seed = seed * 1103515245 + 12345;
            int slot = (int)(seed >> 8) % Slots;
            long verified = Verify(live[slot]);
            if (verified < 0)
                return -1 - slot;
            checksum = checksum * 31 + verified;
            serial++;
            object made;
            switch ((seed >> 20) % 4)
            {
                case 0:
                    made = Chain((int)(seed >> 4) % 12 + 1, serial);
                    allocated += 48 * 13 + 256;
                    break;
                case 1:
                    var numbers = new long[(seed >> 3) % 200 + 1];
                    for (int i = 0; i < numbers.Length; i++)
                        numbers[i] = serial * 7 + i;
                    made = numbers;
                    allocated += 24 + numbers.Length * 8;
                    break;
                case 2:
                    made = "item " + serial + " of stress " + (serial * 3);
                    allocated += 96;
                    break;
                default:
                    var bytes = new byte[(seed >> 5) % 3000 + 2];
                    bytes[0] = (byte)serial;
                    bytes[bytes.Length - 1] = (byte)(serial >> 8);
                    made = new object[] { bytes, serial };
                    allocated += 64 + bytes.Length;
                    break;
            }

            // Garbage that dies at once, most of the allocation volume.
            for (int g = 0; g < 8; g++)
            {
                var garbage = new int[(seed >> (g + 2)) % 64 + 4];
                garbage[0] = g;
                allocated += 24 + garbage.Length * 4;
            }

            live[slot] = made;
            if (allocated >= nextAudit)
            {
                nextAudit += 64L << 20;
                for (int i = 0; i < Slots; i++)
                {
                    long value = Verify(live[i]);
                    if (value < 0)
                        return -1 - i;
                    checksum += value;
                }
            }
        }

        return checksum & 0x7FFFFFFFFFFFFFFF;
    }

    /// <summary>Keeps allocating 64 KiB arrays until the heap runs out, then drops them and allocates again.</summary>
    /// <param name="limitMegabytes">The most to try to keep.</param>
    /// <returns>MiB kept before OutOfMemoryException * 1000 + MiB allocated again after releasing them.</returns>
    public static int KeepUntilOutOfMemory(int limitMegabytes)
    {
        // The kept arrays live in a frame that has returned before the second round: the stack is scanned
        // conservatively, so a dead local of a running frame could still keep them.
        int count = FillUntilOutOfMemory(limitMegabytes);
        if (count < 0)
            return count;
        int again = 0;
        for (int i = 0; i < count; i++)
        {
            var fresh = new byte[64 * 1024];
            fresh[0] = 1;
            again += fresh[0];
        }

        return count / 16 * 1000 + again / 16;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int FillUntilOutOfMemory(int limitMegabytes)
    {
        var kept = new byte[limitMegabytes * 16][];
        int count = 0;
        try
        {
            while (count < kept.Length)
            {
                kept[count] = new byte[64 * 1024];
                kept[count][100] = (byte)count;
                count++;
            }

            return -1;
        }
        catch (OutOfMemoryException)
        {
            for (int i = 0; i < count; i++)
            {
                if (kept[i][100] != (byte)i)
                    return -2;
            }
        }

        return count;
    }

    private static Node Chain(int length, long serial)
    {
        Node head = null;
        for (int i = 0; i < length; i++)
        {
            head = new Node { Next = head, Payload = new int[] { i, length, (int)serial }, Stamp = serial * 1000 + i, Label = (i & 3) == 0 ? "n" + i : null };
        }

        return head;
    }

    // A checksum of the object's contents, or -1 if they are not what was stored.
    private static long Verify(object value)
    {
        switch (value)
        {
            case null:
                return 0;
            case Node node:
            {
                long sum = 0;
                int expected = node.Payload[1] - 1;
                long serial = node.Payload[2];
                for (Node n = node; n != null; n = n.Next, expected--)
                {
                    if (n.Payload[0] != expected || n.Stamp != serial * 1000 + expected || n.Payload[2] != serial)
                        return -1;
                    if ((expected & 3) == 0 ? n.Label != "n" + expected : n.Label != null)
                        return -1;
                    sum += n.Stamp;
                }

                return expected == -1 ? sum : -1;
            }

            case long[] numbers:
            {
                long serial = (numbers[0]) / 7;
                for (int i = 0; i < numbers.Length; i++)
                {
                    if (numbers[i] != serial * 7 + i)
                        return -1;
                }

                return numbers.Length + serial;
            }

            case string text:
                return text.StartsWith("item ", StringComparison.Ordinal) ? text.Length : -1;
            case object[] pair when pair.Length == 2 && pair[0] is byte[] bytes && pair[1] is long serial:
                return bytes[0] == (byte)serial && bytes[bytes.Length - 1] == (byte)(serial >> 8) ? bytes.Length + serial : -1;
            default:
                return -1;
        }
    }
}
