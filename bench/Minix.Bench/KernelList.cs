using Minix.Build.Corpus;

namespace Minix.Bench;

/// <summary>The kernels timed: what drivers and servers spend their time on.</summary>
internal static class KernelList
{
    public static IReadOnlyList<Kernel> All { get; } = new Kernel[]
    {
        new("InternetChecksum", 0xFFFFF, 40, (s, seed) => Kernels.InternetChecksum(s, seed)),
        new("Crc32", 0xFFFFF, 40, (s, seed) => Kernels.Crc32(s, seed)),
        new("Adler32", 0xFFFFF, 40, (s, seed) => Kernels.Adler32(s, seed)),
        new("CopyAndFill", 0xFFFFF, 40, (s, seed) => Kernels.CopyAndFill(s, seed)),
        new("EncodeDecode", 0xFFFFF, 20, (s, seed) => Kernels.EncodeDecode(s, seed)),
        new("SortRecords", 0x3FFF, 40, (s, seed) => Kernels.SortRecords(s, seed)),
        new("BitmapScan", 0x3FFFF, 40, (s, seed) => Kernels.BitmapScan(s, seed)),
        new("RingBuffer", 0xFFFFF, 40, (s, seed) => Kernels.RingBuffer(s, seed)),
        new("ScancodeDecoder", 0xFFFFF, 40, (s, seed) => Kernels.ScancodeDecoder(s, seed)),
    };
}
