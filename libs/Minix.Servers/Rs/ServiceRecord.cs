using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Boot;

namespace Minix.Servers;

/// <summary>What the reincarnation server keeps about one system service (MINIX's <c>struct rproc</c>, much reduced).</summary>
internal sealed class ServiceRecord
{
    /// <summary>How to start it: module, slot, scheduling, privileges, heartbeat period, control list.</summary>
    public BootImageEntry Boot;

    /// <summary>The current incarnation, or <see cref="Endpoint.None"/> while it is dead or down.</summary>
    public Endpoint Endpoint;

    /// <summary>The incarnation before the current one (for the restart's <see cref="InitInfo.OldEndpoint"/>).</summary>
    public Endpoint Previous = Endpoint.None;

    /// <summary>Where it is in its life.</summary>
    public ServiceState State;

    /// <summary>How the current incarnation initializes.</summary>
    public InitType NextInit;

    /// <summary>Restarts so far, asked for or after a failure.</summary>
    public int Restarts;

    /// <summary>Failures so far (crashes, kills, missed heartbeats): the back-off grows with these, not with restarts an operator asked for.</summary>
    public int Failures;

    /// <summary>When the current incarnation was started (uptime, ticks).</summary>
    public ulong StartedAt;

    /// <summary>When the last heartbeat ping was sent.</summary>
    public ulong LastPing;

    /// <summary>Whether a ping is waiting for its answer.</summary>
    public bool PingOutstanding;

    /// <summary>In <see cref="ServiceState.WaitingRestart"/>: when to restart.</summary>
    public ulong RestartAt;

    /// <summary>The back-off chosen for the pending restart, in seconds.</summary>
    public int BackoffSeconds;

    /// <summary>Whether its label still has to be published in the data store.</summary>
    public bool PublishPending;

    /// <summary>Who asked for the fault RS passed on to it and waits for its answer, or <see cref="Endpoint.None"/>.</summary>
    public Endpoint FaultClient = Endpoint.None;

    /// <summary>Whether the system cannot run without it (the data store).</summary>
    public bool Core;

    /// <summary>Its boot slot, which every incarnation reuses.</summary>
    public int Slot => Boot.Endpoint.Slot;

    /// <summary>Heartbeat period in ticks, 0 for none.</summary>
    public int Period => Boot.HeartbeatPeriod;

    /// <summary>Whether a process of it is alive.</summary>
    public bool IsRunning => State == ServiceState.Starting || State == ServiceState.Active;
}
