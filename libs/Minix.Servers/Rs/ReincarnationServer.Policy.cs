using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel;
using Minix.Kernel.Boot;
using Minix.Kernel.Calls;
using Minix.Kernel.Privileges;

namespace Minix.Servers;

// Policy (MINIX's rs/manager.c): starting services, what a death means, back-off, heartbeats, halt.after.
public sealed partial class ReincarnationServer
{
    /// <summary>Once a second: restarts whose back-off has passed, init time-outs, heartbeats.</summary>
    private void Round()
    {
        ulong now = Alarm.Uptime();
        for (int slot = 0; slot < _services.Length; slot++)
        {
            ServiceRecord? service = _services[slot];
            if (service is null)
                continue;
            if (service.State == ServiceState.WaitingRestart && now >= service.RestartAt)
            {
                Start(service, InitType.Restart);
            }
            else if (service.State == ServiceState.Starting && service.Period > 0 && now - service.StartedAt > (ulong)(InitTimeoutSeconds * _hz))
            {
                Complain(service, " did not finish initializing; killing it"u8);
                Sys.Kill(service.Endpoint, ExitReason.Killed);
            }
            else if (service.State == ServiceState.Active && service.Period > 0)
            {
                Heartbeat(service, now);
            }
        }

        Publish();
        Alarm.Set((ulong)_hz);
    }

    private void Heartbeat(ServiceRecord service, ulong now)
    {
        ulong period = (ulong)service.Period;
        if (!service.PingOutstanding)
        {
            if (now - service.LastPing >= period)
            {
                service.LastPing = now;
                service.PingOutstanding = Messaging.Notify(service.Endpoint) == Status.Ok;
            }
        }
        else if (now - service.LastPing > 2 * period)
        {
            Complain(service, " missed its heartbeat for two periods; killing it"u8);
            Sys.Kill(service.Endpoint, ExitReason.Killed);
        }
    }

    private void TakeDeaths()
    {
        while (Sys.TakeExitReport(out ExitReport report) == Status.Ok)
        {
            ServiceRecord? service = Find(report.Endpoint);
            if (service is not null)
                Died(service, report);
            else if (HaltsAfter(ProcessName.Bytes(report.Name)) && ++_haltAfterEnded == HaltAfterCount())
                HaltAfter(report);
        }
    }

    // halt.after names programs separated by commas.
    private bool HaltsAfter(ReadOnlySpan<byte> name)
    {
        ReadOnlySpan<byte> rest = _haltAfter.AsSpan(0, _haltAfterLength);
        while (rest.Length > 0)
        {
            int comma = rest.IndexOf((byte)',');
            if ((comma < 0 ? rest : rest.Slice(0, comma)).SequenceEqual(name))
                return true;
            rest = comma < 0 ? default : rest.Slice(comma + 1);
        }

        return false;
    }

    private int HaltAfterCount()
    {
        int count = _haltAfterLength > 0 ? 1 : 0;
        for (int i = 0; i < _haltAfterLength; i++)
            count += _haltAfter[i] == (byte)',' ? 1 : 0;
        return count;
    }

    /// <summary>
    /// The boot parameter <c>halt.after=name[,name...]</c> asked to stop the machine when those programs have ended
    /// (demos, tests and benchmarks): the last one's exit status becomes the machine's.
    /// </summary>
    private static void HaltAfter(in ExitReport report)
    {
        var line = new LogText(stackalloc byte[96]);
        line.Append(report.Name).Append(" ended with status "u8).Append(report.Detail).Append("; halting as the boot parameters ask"u8);
        Log.Write(line.Text);
        Sys.Abort(report.Reason == ExitReason.Exited ? report.Detail : 1);
    }

    private void Died(ServiceRecord service, in ExitReport report)
    {
        service.Previous = report.Endpoint;
        service.Endpoint = Endpoint.None;
        service.PingOutstanding = false;
        service.PublishPending = false;
        FaultUnanswered(service);
        var line = new LogText(stackalloc byte[128]);
        line.Append(service.Boot.Name).Append(" (endpoint "u8).Append(report.Endpoint).Append(") "u8).Append(ReasonText(report.Reason));
        if (report.Reason == ExitReason.Panic)
            line.Append(": "u8).Append(FaultKindText.Describe(report.Detail));
        Log.Write(line.Text);

        if (service.Core)
        {
            var fatal = new LogText(stackalloc byte[128]);
            fatal.Append("core service "u8).Append(service.Boot.Name).Append(" died; the system cannot go on without it: shutting down"u8);
            Log.Write(fatal.Text);
            Sys.Abort(CoreServiceDiedStatus);
            return;
        }

        switch (service.State)
        {
            case ServiceState.Stopping:
                service.State = ServiceState.Down;
                Complain(service, " is down"u8);
                return;
            case ServiceState.Restarting:
                Start(service, InitType.Restart);
                return;
        }

        // The first failure restarts at once; each later one waits twice as long (capped).
        if (Alarm.Uptime() - service.StartedAt >= (ulong)(StableSeconds * _hz))
            service.Failures = 0;
        int failures = service.Failures++;
        if (failures == 0 || _fixedBackoff == 0)
        {
            Start(service, InitType.Restart);
            return;
        }

        int shift = failures < 5 ? failures : 5;
        int backoff = _fixedBackoff > 0 ? _fixedBackoff : Math.Min(1 << shift, MaxBackoffSeconds);
        service.BackoffSeconds = backoff;
        service.RestartAt = Alarm.Uptime() + (ulong)(backoff * _hz);
        service.State = ServiceState.WaitingRestart;
        var wait = new LogText(stackalloc byte[96]);
        wait.Append("restarting "u8).Append(service.Boot.Name).Append(" in "u8).Append(backoff).Append(" s"u8);
        Log.Write(wait.Text);
    }

    /// <summary>SYS_SPAWN the service's module in its slot, give it its privileges, let it run; it then asks how to initialize.</summary>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.SlotRetired"/> if the service cannot be started again (it is then down), or the failure RS tries again after 1 s.</returns>
    private Status Start(ServiceRecord service, InitType type)
    {
        ref BootImageEntry boot = ref service.Boot;
        Status status = Sys.Spawn(boot.Module, boot.Priority, boot.Quantum, service.Slot, out Endpoint child);
        if (status == Status.Ok)
        {
            Privilege rights = boot.Privilege;
            if (type == InitType.Restart)
                rights.Flags |= PrivilegeFlags.Restarted;
            status = Sys.SetPrivileges(child, rights);
            if (status == Status.Ok)
                status = Sys.PrivCtl(PrivRequest.Allow, child);
            if (status != Status.Ok)
                Sys.Kill(child, ExitReason.Killed);
        }

        if (status == Status.SlotRetired)
        {
            // Every endpoint value of the slot has been used: a new incarnation would get one an old incarnation had,
            // which a client may still hold. The slot is retired, so the service stays down (see docs: reincarnation-server).
            var retired = new LogText(stackalloc byte[160]);
            retired.Append(boot.Name).Append(" has used all "u8).Append(Endpoint.MaxGeneration).Append(" endpoints of slot "u8).Append(service.Slot)
                .Append("; a new incarnation would reuse an old endpoint, so it stays down"u8);
            Log.Write(retired.Text);
            service.State = ServiceState.Down;
            Unpublish(service);
            return status;
        }

        if (status != Status.Ok)
        {
            var failed = new LogText(stackalloc byte[96]);
            failed.Append("cannot start "u8).Append(boot.Name).Append(": "u8).Append(status).Append("; trying again in 1 s"u8);
            Log.Write(failed.Text);
            service.State = ServiceState.WaitingRestart;
            service.RestartAt = Alarm.Uptime() + (ulong)_hz;
            return status;
        }

        if (type == InitType.Restart)
            service.Restarts++;
        service.Endpoint = child;
        service.State = ServiceState.Starting;
        service.NextInit = type;
        service.StartedAt = Alarm.Uptime();
        service.BackoffSeconds = 0;
        return Status.Ok;
    }

    private static ReadOnlySpan<byte> ReasonText(ExitReason reason) => reason switch
    {
        ExitReason.Exited => "exited"u8,
        ExitReason.Killed => "was killed"u8,
        ExitReason.Fault => "died of a CPU exception"u8,
        ExitReason.Panic => "panicked"u8,
        _ => "ended"u8,
    };
}
