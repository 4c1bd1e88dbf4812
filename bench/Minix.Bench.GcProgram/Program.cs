using System;
using System.Diagnostics;

namespace Minix.Bench.GcProgram;

/// <summary>
/// Allocates <c>args[0]</c> MiB of short-lived objects (16-256 byte arrays, small linked nodes, strings) while keeping
/// a live set of about <c>args[1]</c> MiB that it keeps replacing, and prints the allocation throughput and the
/// longest time between two consecutive batches of 256 allocations (which holds the longest collection pause).
/// </summary>
public static class Program
{
    private sealed class Node
    {
        public Node Next;
        public int Value;
        public byte[] Data;
    }

    public static int Main(string[] args)
    {
        long target = (args.Length > 0 ? long.Parse(args[0]) : 2048) << 20;
        long liveTarget = (args.Length > 1 ? long.Parse(args[1]) : 16) << 20;
        int slots = (int)(liveTarget / 512);
        var live = new object[slots];
        long allocated = 0;
        long checksum = 0;
        uint seed = 1;
        long start = Stopwatch.GetTimestamp();
        long last = start;
        long longest = 0;
        while (allocated < target)
        {
            for (int i = 0; i < 256; i++)
            {
                seed = seed * 1664525 + 1013904223;
                switch (seed >> 29)
                {
                    case 0:
                    case 1:
                    case 2:
                    {
                        var bytes = new byte[16 + (seed >> 24)];
                        bytes[0] = (byte)seed;
                        checksum += bytes[0];
                        allocated += bytes.Length + 24;
                        break;
                    }

                    case 3:
                    case 4:
                    {
                        var node = new Node { Value = (int)seed, Next = new Node { Value = i } };
                        checksum += node.Next.Value;
                        allocated += 64;
                        break;
                    }

                    case 5:
                    {
                        string text = "n" + (seed & 0xFFFF);
                        checksum += text.Length;
                        allocated += 40;
                        break;
                    }

                    default:
                    {
                        // Replace a piece of the live set: about 512 bytes in a node with an array.
                        int slot = (int)((seed >> 8) % (uint)slots);
                        var node = new Node { Value = (int)seed, Data = new byte[448] };
                        node.Data[447] = 1;
                        live[slot] = node;
                        allocated += 512;
                        break;
                    }
                }
            }

            long now = Stopwatch.GetTimestamp();
            if (now - last > longest)
                longest = now - last;
            last = now;
        }

        double seconds = (double)(last - start) / Stopwatch.Frequency;
        int kept = 0;
        foreach (object o in live)
        {
            if (o is Node n && n.Data[447] == 1)
                kept++;
        }

        Console.WriteLine("allocated-mib " + (allocated >> 20));
        Console.WriteLine("seconds " + seconds.ToString("F3"));
        Console.WriteLine("mib-per-second " + ((allocated >> 20) / seconds).ToString("F1"));
        Console.WriteLine("longest-gap-ms " + ((double)longest * 1000 / Stopwatch.Frequency).ToString("F3"));
        Console.WriteLine("collections " + GC.CollectionCount(0));
        Console.WriteLine("pause-total-ms " + GC.GetTotalPauseDuration().TotalMilliseconds.ToString("F1"));
        Console.WriteLine("live-slots " + kept + " checksum " + checksum);
        return 0;
    }
}
