using Minix.Ipc;

namespace Image.Programs.Fuzz;

/// <summary>
/// Counts of results: one row per kernel-call number 0..63, one for numbers outside that range, one for kernel calls
/// whose message lay at a random pointer, one per IPC primitive and one for other primitive numbers; one column per
/// status code (every code <see cref="Status"/> defines, and one for anything else).
/// </summary>
internal sealed class FuzzTally
{
    /// <summary>Row of kernel-call numbers outside 0..63.</summary>
    public const int OtherCallRow = 64;

    /// <summary>Row of kernel calls whose message buffer was a random pointer.</summary>
    public const int StrayMessageRow = 65;

    /// <summary>First IPC row: primitive n (1..6) is row <c>IpcRow + n - 1</c>.</summary>
    public const int IpcRow = 66;

    /// <summary>Row of IPC primitive numbers other than 1..6.</summary>
    public const int OtherIpcRow = IpcRow + 6;

    /// <summary>Number of rows.</summary>
    public const int Rows = OtherIpcRow + 1;

    /// <summary>The status codes counted, in column order; the last column counts anything else.</summary>
    public static readonly int[] Codes =
    [
        0, -1, -2, -3, -4, -5, -6, -7, -12, -14, -16, -17, -19, -22, -28, -35, -60, -62, -78,
        -200, -201, -202, -203, -204, -208, -209, -210, -211, -212, -216,
        -300, -301, -302, -303, -304, -310, -311, -312, -313, -314, -315, -316,
    ];

    private readonly long[] _counts = new long[Rows * (Codes.Length + 1)];

    /// <summary>Counts one result.</summary>
    public void Add(int row, Status status) => _counts[row * (Codes.Length + 1) + Column(status)]++;

    /// <summary>How many results of row <paramref name="row"/> had status column <paramref name="column"/>.</summary>
    public long Count(int row, int column) => _counts[row * (Codes.Length + 1) + column];

    /// <summary>The row's total.</summary>
    public long Total(int row)
    {
        long total = 0;
        for (int c = 0; c <= Codes.Length; c++)
            total += Count(row, c);
        return total;
    }

    /// <summary>The total of one status column over all rows.</summary>
    public long ColumnTotal(int column)
    {
        long total = 0;
        for (int r = 0; r < Rows; r++)
            total += Count(r, column);
        return total;
    }

    /// <summary>The column of a status.</summary>
    public static int Column(Status status)
    {
        for (int i = 0; i < Codes.Length; i++)
        {
            if (Codes[i] == (int)status)
                return i;
        }

        return Codes.Length;
    }
}
