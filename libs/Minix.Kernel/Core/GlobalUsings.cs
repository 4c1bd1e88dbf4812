// Every part of the kernel speaks in IPC types (Status, Endpoint, Message) and kernel-call layouts: imported once here.
global using Minix.Ipc;
global using Minix.Kernel.Calls;
