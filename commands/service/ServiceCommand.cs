using Minix.Commands.Libc;
using Minix.DriverKit;
using Minix.Ipc;
using Minix.Posix;

namespace Minix.Commands.Service;

/// <summary>
/// service, as MINIX's, for the requests this system's reincarnation server (RS) takes: <c>up</c>, <c>down</c> and
/// <c>restart</c> of a service by its label, and <c>status</c>, which prints a table of what RS knows of each label
/// given (its state, endpoint, restarts and heartbeat period). A
/// request RS refuses (the service's <c>control</c> list in system.conf does not name user programs, or the service is
/// a core one) is named with RS's reason and makes the status 1. <c>up</c> and <c>restart</c> return once the new
/// incarnation is announced in the data store, so the next program that opens the service's device finds it.
/// </summary>
public static class ServiceCommand
{
    /// <summary>The usage line.</summary>
    public const string UsageLine = "Usage: service up|down|restart LABEL | service status LABEL...";

    /// <summary>Runs service.</summary>
    /// <param name="args">The request and its labels.</param>
    /// <returns>0, 1 if RS refused or does not know a service, or 1 for a usage error.</returns>
    public static int Main(string[] args)
    {
        var command = new Command("service") { UsageLine = UsageLine };
        Options? options = Options.Parse(command, args, "", []);
        if (options is null)
            return command.ExitStatus;
        List<string> operands = options.Operands;
        if (operands.Count == 0)
            return command.Usage("missing request");
        string request = operands[0];
        List<string> labels = operands.GetRange(1, operands.Count - 1);
        if (request is not ("up" or "down" or "restart" or "status"))
            return command.Usage("unknown request " + Quoting.Always(request));
        if (labels.Count == 0)
            return command.Usage("missing label after " + Quoting.Always(request));
        if (request != "status" && labels.Count > 1)
            return command.Usage("extra operand " + Quoting.Always(labels[1]));

        if (request == "status")
            command.Out.Write(StatusHeading + "\n");
        foreach (string label in labels)
        {
            if (Utf8Text.Encode(label).Length > ServiceCalls.MaxLabel)
            {
                command.Fail(Quoting.Always(label) + ": label longer than " + ServiceCalls.MaxLabel + " bytes");
                continue;
            }

            if (request == "status")
                PrintStatus(command, label);
            else
                Change(command, request, label);
        }

        return command.Finish();
    }

    private static void PrintStatus(Command command, string label)
    {
        Status status = ServiceCalls.Query(label, out ServiceStatusReply reply);
        if (status != Status.Ok)
        {
            Refused(command, "status", label, status);
            return;
        }

        command.Out.Write(label.PadRight(16) + " " + StateName(reply.State).PadRight(18) + " " + Shown(reply.Endpoint).PadLeft(8) + " "
            + reply.Restarts.ToString().PadLeft(8) + " " + (reply.HeartbeatPeriod > 0 ? reply.HeartbeatPeriod.ToString() : "-").PadLeft(9) + "\n");
    }

    private static void Change(Command command, string request, string label)
    {
        Status status = ServiceCalls.Query(label, out ServiceStatusReply before);
        if (status == Status.Ok)
            status = ServiceCalls.Change(request, label);
        if (status != Status.Ok)
        {
            Refused(command, request, label, status);
            return;
        }

        if (request == "down")
        {
            command.Out.Write(label + " is down\n");
            return;
        }

        status = ServiceCalls.WaitForAnnouncement(label, before.Endpoint, out Endpoint now);
        if (status != Status.Ok)
        {
            command.Fail(request + " " + Quoting.Always(label) + ": the data store did not announce it", (long)status);
            return;
        }

        command.Out.Write(label + (request == "up" ? " is up" : " restarted") + " at endpoint " + Shown(now)
            + (before.Endpoint == Endpoint.None || before.Endpoint == now ? "" : " (was " + Shown(before.Endpoint) + ")") + "\n");
    }

    private static void Refused(Command command, string request, string label, Status status)
    {
        string why = status switch
        {
            Status.NotFound => "no such service",
            Status.PermissionDenied => "not allowed (its control list in system.conf does not name user programs)",
            Status.Busy => "a core service, which RS does not stop",
            Status.AlreadyExists => "it is already up",
            _ => ErrorText.Of((long)status),
        };
        command.Fail(request + " " + Quoting.Always(label) + ": " + why);
    }

    /// <summary>The heading of <c>status</c>'s table (PERIOD: RS's heartbeat period in clock ticks).</summary>
    public const string StatusHeading = "LABEL            STATE              ENDPOINT RESTARTS    PERIOD";

    /// <summary>An endpoint as the system's log shows it: slot/generation, or "-" for none.</summary>
    /// <param name="endpoint">The endpoint.</param>
    /// <returns>Its text.</returns>
    public static string Shown(Endpoint endpoint) => endpoint == Endpoint.None ? "-" : endpoint.Slot + "/" + endpoint.Generation;

    /// <summary>What a service's state is called in <c>status</c>'s lines.</summary>
    /// <param name="state">The state.</param>
    /// <returns>Its name.</returns>
    public static string StateName(ServiceState state) => state switch
    {
        ServiceState.Starting => "starting",
        ServiceState.Active => "active",
        ServiceState.WaitingRestart => "waiting to restart",
        ServiceState.Stopping => "stopping",
        ServiceState.Down => "down",
        ServiceState.Restarting => "restarting",
        _ => "unknown",
    };
}
