using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Grants;

namespace Minix.Samples.Lpr;

/// <summary>
/// One print job: sends a document to the printer driver in pieces and carries on across the driver's restarts.
/// It is an ordinary user program, so it may only SENDREC: it finds the driver in the data store, grants the driver
/// read access to one piece of the document at a time, and prints its progress through the log server.
/// </summary>
/// <remarks>
/// <para>
/// A write is retried whole when the driver did not answer it: <see cref="Status.DeadEndpoint"/> (the driver died
/// during the request or before it; the job waits in the data store for the driver's next incarnation, then opens
/// the printer again) or <see cref="Status.Restart"/> (the driver is a new incarnation that does not know this
/// client: open again). Repeating a write is safe here because a misbehaving driver fails when a request arrives,
/// before printing any of it; a driver that died half way through a piece would print that part twice, as a real
/// printer would.
/// </para>
/// <para>All memory is allocated when the job is created; the job's loop allocates nothing.</para>
/// </remarks>
public sealed class LprJob
{
    /// <summary>Bytes sent in one write.</summary>
    public const int PieceSize = 64;

    /// <summary>How often one piece is tried before the job gives up.</summary>
    public const int MaxAttempts = 8;

    /// <summary>The printer's label in the data store.</summary>
    public static ReadOnlySpan<byte> PrinterLabel => "printer"u8;

    private readonly byte[] _document;
    private readonly GrantTable _grants = new(2);
    private readonly Misbehaviour _misbehaviour;
    private readonly int _misbehaveAt;

    /// <summary>Prepares a job.</summary>
    /// <param name="document">What to print.</param>
    /// <param name="misbehaviour">For demos and tests: ask the printer to misbehave during the job.</param>
    /// <param name="misbehaveAt">At which of the printer's requests from now (1 is the job's open).</param>
    public LprJob(ReadOnlySpan<byte> document, Misbehaviour misbehaviour = Misbehaviour.None, int misbehaveAt = 3)
    {
        _document = PinnedMemory.Allocate(document.Length);
        document.CopyTo(_document);
        _misbehaviour = misbehaviour;
        _misbehaveAt = misbehaveAt;
    }

    /// <summary>Writes that had to be repeated.</summary>
    public int Retries { get; private set; }

    /// <summary>Bytes the printer reported printed.</summary>
    public int Printed { get; private set; }

    /// <summary>Prints the document.</summary>
    /// <returns>0 if all of it was printed, 1 if the job gave up.</returns>
    public int Run()
    {
        _grants.Register();
        var line = new LogText(stackalloc byte[LogWriteRequest.MaxInline]);
        line.Append("lpr: printing "u8).Append(_document.Length).Append(" bytes\n"u8);
        LogClient.Write(line.Text);

        if (DataStore.WaitForChange(PrinterLabel, Endpoint.None, out Endpoint driver) != Status.Ok)
            return Fail("lpr: no printer in the data store\n"u8);
        if (_misbehaviour != Misbehaviour.None)
            AskToMisbehave();

        var printer = DeviceClient.Character(driver);
        bool open = false;
        int attempts = 0;
        while (Printed < _document.Length)
        {
            long result = open ? WritePiece(ref printer) : printer.Open(0, DeviceAccess.Write);
            if (result >= 0)
            {
                if (open)
                    Printed += (int)result;
                open = true;
                attempts = 0;
                continue;
            }

            if (++attempts > MaxAttempts)
                return Fail("lpr: the printer keeps failing; giving up\n"u8);
            Retries++;
            open = false;
            if (result == (long)Status.DeadEndpoint)
            {
                LogClient.Write("lpr: the printer died; waiting for it to come back\n"u8);
                if (DataStore.WaitForChange(PrinterLabel, printer.Driver, out Endpoint next) != Status.Ok)
                    return Fail("lpr: lost the data store\n"u8);
                printer.Driver = next;
            }
            else if (result == (long)Status.Restart)
            {
                LogClient.Write("lpr: the printer restarted; opening it again\n"u8);
            }
            else
            {
                var error = new LogText(stackalloc byte[LogWriteRequest.MaxInline]);
                error.Append("lpr: printer error "u8).Append((Status)result).Append("\n"u8);
                LogClient.Write(error.Text);
                return 1;
            }
        }

        printer.Close(0);
        var done = new LogText(stackalloc byte[LogWriteRequest.MaxInline]);
        done.Append("lpr: done, "u8).Append(Printed).Append(" bytes, "u8).Append(Retries).Append(" retries\n"u8);
        LogClient.Write(done.Text);
        return 0;
    }

    /// <summary>Asks RS to make the printer misbehave (the printer's control list in system.conf must name lpr), and says so if RS refuses.</summary>
    private void AskToMisbehave()
    {
        Status status = Misbehave.Request(PrinterLabel, _misbehaviour, _misbehaveAt);
        if (status == Status.Ok)
            return;
        var line = new LogText(stackalloc byte[LogWriteRequest.MaxInline]);
        line.Append("lpr: RS would not make the printer misbehave: "u8).Append(status).Append("\n"u8);
        LogClient.Write(line.Text);
    }

    private long WritePiece(ref DeviceClient printer)
    {
        int length = Math.Min(PieceSize, _document.Length - Printed);
        GrantId grant = _grants.Grant(printer.Driver, _document.AsSpan(Printed, length), GrantFlags.Read);
        if (!grant.IsValid)
            return (long)Status.NoSpace;
        long result = printer.Write(0, Printed, grant, length);
        _grants.Revoke(grant);
        return result;
    }

    private static int Fail(ReadOnlySpan<byte> why)
    {
        LogClient.Write(why);
        return 1;
    }
}
