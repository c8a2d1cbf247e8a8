package org.diplograph.bench;

import java.io.Closeable;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP proxy in front of a MongoDB server that holds every message the application sends
 * for a fixed delay before passing it on, as a network would: each command's round trip
 * takes that much longer, however many a request sends. Messages are read whole (the wire
 * protocol's length prefix), timestamped on arrival and forwarded in order once their
 * delay has passed; answers go back at once. It counts the messages and the delay
 * actually added, which the sleeping thread's wake-up can stretch on a busy machine.
 */
public final class LatencyProxy implements Closeable {

	private final ServerSocket listener;

	private final InetSocketAddress target;

	private final long delayNanos;

	private final AtomicLong messages = new AtomicLong();

	private final AtomicLong addedNanos = new AtomicLong();

	public LatencyProxy(InetSocketAddress target, double delayMillis) throws IOException {
		this.listener = new ServerSocket(0, 200, java.net.InetAddress.getLoopbackAddress());
		this.target = target;
		this.delayNanos = Math.round(delayMillis * 1_000_000);
		daemon("proxy-accept", this::accept);
	}

	public int port() {
		return this.listener.getLocalPort();
	}

	/** Messages forwarded to the server so far, and the mean delay they were held. */
	public String stats() {
		long count = this.messages.get();
		double mean = (count == 0) ? 0 : this.addedNanos.get() / 1e6 / count;
		return String.format(java.util.Locale.ROOT, "messages=%d meanDelayMs=%.3f", count, mean);
	}

	@Override
	public void close() throws IOException {
		this.listener.close();
	}

	private void accept() {
		while (!this.listener.isClosed()) {
			try {
				Socket client = this.listener.accept();
				Socket server = new Socket(this.target.getAddress(), this.target.getPort());
				client.setTcpNoDelay(true);
				server.setTcpNoDelay(true);
				BlockingQueue<Message> held = new LinkedBlockingQueue<>();
				daemon("proxy-read", () -> read(client, server, held));
				daemon("proxy-write", () -> write(held, server, client));
				daemon("proxy-answer", () -> copy(server, client));
			}
			catch (IOException ex) {
				// closed, or a connection that failed: the others go on
			}
		}
	}

	/** Reads the application's messages whole and queues them with their arrival time. */
	private static void read(Socket client, Socket server, BlockingQueue<Message> held) {
		try (DataInputStream in = new DataInputStream(client.getInputStream())) {
			while (true) {
				byte[] header = new byte[4];
				in.readFully(header);
				int length = (header[0] & 0xff) | (header[1] & 0xff) << 8 | (header[2] & 0xff) << 16
						| (header[3] & 0xff) << 24;
				byte[] message = new byte[length];
				System.arraycopy(header, 0, message, 0, 4);
				in.readFully(message, 4, length - 4);
				held.add(new Message(System.nanoTime(), message));
			}
		}
		catch (IOException ex) {
			held.add(Message.END);
			closeQuietly(server);
		}
	}

	private void write(BlockingQueue<Message> held, Socket server, Socket client) {
		try {
			OutputStream out = server.getOutputStream();
			for (Message message = held.take(); message != Message.END; message = held.take()) {
				long due = message.arrived() + this.delayNanos;
				for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
					LockSupport.parkNanos(wait);
				}
				this.addedNanos.addAndGet(System.nanoTime() - message.arrived());
				this.messages.incrementAndGet();
				out.write(message.bytes());
				out.flush();
			}
		}
		catch (IOException | InterruptedException ex) {
			closeQuietly(client);
		}
		closeQuietly(server);
	}

	private static void copy(Socket server, Socket client) {
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = server.getInputStream(); OutputStream out = client.getOutputStream()) {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				out.write(buffer, 0, read);
				out.flush();
			}
		}
		catch (IOException ex) {
			// one side closed
		}
		closeQuietly(client);
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

	private static void daemon(String name, Runnable task) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
	}

	private record Message(long arrived, byte[] bytes) {

		static final Message END = new Message(0, new byte[0]);

	}

}
