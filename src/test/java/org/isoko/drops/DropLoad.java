package org.isoko.drops;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;

/**
 * The drop rush benchmark's load generator: sends the shots over {@code connections}
 * keep-alive HTTP/1.1 connections, each sending its next request as soon as the previous
 * one is answered (a closed loop: at most {@code connections} requests in flight, like
 * {@link DropRace#fire}), all on one Netty event-loop thread. It needs about a third of
 * the CPU per request of the JDK's {@code HttpClient}, which matters because it shares
 * the two cores with the server it measures. Answers are the same records as
 * {@link DropRace}'s; a transport failure is status -1 and the connection is replaced.
 */
final class DropLoad {

	private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

	private DropLoad() {
	}

	static List<DropRace.Answer> fire(List<DropRace.Shot> shots, int connections) throws InterruptedException {
		if (shots.isEmpty()) {
			return List.of();
		}
		URI base = URI.create(shots.get(0).baseUrl());
		EventLoopGroup loop = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
		try {
			Run run = new Run(shots, base);
			Bootstrap bootstrap = new Bootstrap().group(loop)
				.channel(NioSocketChannel.class)
				.option(ChannelOption.TCP_NODELAY, true);
			run.bootstrap = bootstrap.handler(new ChannelInitializer<SocketChannel>() {
				@Override
				protected void initChannel(SocketChannel channel) {
					channel.pipeline()
						.addLast(new HttpClientCodec(), new HttpObjectAggregator(1 << 20), new Connection(run));
				}
			});
			for (int i = 0; i < Math.min(connections, shots.size()); i++) {
				run.connect();
			}
			if (!run.done.await(10, TimeUnit.MINUTES)) {
				throw new IllegalStateException(
						"The load did not finish: " + run.completed.get() + " of " + shots.size() + " answered");
			}
			return new ArrayList<>(run.answers);
		}
		finally {
			loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
		}
	}

	/** What all connections share: the shots, the next one to send, the answers. */
	private static final class Run {

		final List<DropRace.Shot> shots;

		final URI base;

		final AtomicInteger next = new AtomicInteger();

		final AtomicInteger completed = new AtomicInteger();

		final Queue<DropRace.Answer> answers = new ConcurrentLinkedQueue<>();

		final CountDownLatch done = new CountDownLatch(1);

		Bootstrap bootstrap;

		Run(List<DropRace.Shot> shots, URI base) {
			this.shots = shots;
			this.base = base;
		}

		void connect() {
			bootstrap.connect(base.getHost(), base.getPort());
		}

		void answered(DropRace.Answer answer) {
			answers.add(answer);
			if (completed.incrementAndGet() == shots.size()) {
				done.countDown();
			}
		}

	}

	/** One connection: sends a shot, waits for its answer, sends the next. */
	private static final class Connection extends SimpleChannelInboundHandler<FullHttpResponse> {

		private final Run run;

		private DropRace.Shot current;

		private long start;

		Connection(Run run) {
			this.run = run;
		}

		@Override
		public void channelActive(ChannelHandlerContext ctx) {
			sendNext(ctx);
		}

		private void sendNext(ChannelHandlerContext ctx) {
			int index = run.next.getAndIncrement();
			if (index >= run.shots.size()) {
				current = null;
				ctx.close();
				return;
			}
			current = run.shots.get(index);
			byte[] body = ("{\"quantity\":" + current.quantity() + ",\"deliveryAddress\":" + DropRace.ADDRESS + "}")
				.getBytes(StandardCharsets.UTF_8);
			FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST,
					"/api/v1/drops/" + current.drop() + "/orders", Unpooled.wrappedBuffer(body));
			request.headers()
				.set(HttpHeaderNames.HOST, run.base.getHost() + ":" + run.base.getPort())
				.set(HttpHeaderNames.AUTHORIZATION, "Bearer " + current.token())
				.set("Idempotency-Key", UUID.randomUUID().toString())
				.set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
				.set(HttpHeaderNames.CONTENT_LENGTH, body.length)
				.set(HttpHeaderNames.ACCEPT, HttpHeaderValues.APPLICATION_JSON);
			start = System.nanoTime();
			ctx.writeAndFlush(request);
		}

		@Override
		protected void channelRead0(ChannelHandlerContext ctx, FullHttpResponse response) {
			long nanos = System.nanoTime() - start;
			int status = response.status().code();
			String body = response.content().toString(StandardCharsets.UTF_8);
			String id = null;
			if (status == 201) {
				Matcher m = ID.matcher(body);
				id = m.find() ? m.group(1) : null;
			}
			run.answered(
					new DropRace.Answer(status, nanos, id, status == 201 ? "" : body, start + nanos, current.drop()));
			current = null;
			if (HttpUtil.isKeepAlive(response)) {
				sendNext(ctx);
			}
			else {
				ctx.close();
				run.connect(); // the server closed this connection: carry on with a new
								// one
			}
		}

		@Override
		public void channelInactive(ChannelHandlerContext ctx) {
			failCurrent("connection closed");
		}

		@Override
		public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
			failCurrent(cause.toString());
			ctx.close();
		}

		private void failCurrent(String why) {
			if (current != null) {
				long nanos = System.nanoTime() - start;
				run.answered(new DropRace.Answer(-1, nanos, null, why, start + nanos, current.drop()));
				current = null;
				if (run.next.get() < run.shots.size()) {
					run.connect();
				}
			}
		}

	}

}
