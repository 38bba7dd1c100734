package org.isoko.ordering;

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
 * The checkout benchmark's load generator, as the drop rush's ({@code DropLoad}): the
 * orders go over {@code connections} keep-alive HTTP/1.1 connections, each sending its
 * next request as soon as the last is answered (a closed loop: at most
 * {@code connections} requests in flight), all on one Netty event-loop thread, which
 * shares the two cores with the server it measures. Every request is a
 * {@code POST /api/v1/orders} with a new Idempotency-Key; a transport failure is status
 * -1 and the connection is replaced.
 */
final class CheckoutLoad {

	/** One order to place: whose token, which JSON body. */
	record Shot(String token, String body) {
	}

	/** One answer: status, latency, the body of a refusal, when it ended. */
	record Answer(int status, long nanos, String body, long endNanos) {
	}

	private CheckoutLoad() {
	}

	static List<Answer> fire(String baseUrl, List<Shot> shots, int connections) throws InterruptedException {
		if (shots.isEmpty()) {
			return List.of();
		}
		URI base = URI.create(baseUrl);
		EventLoopGroup loop = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
		try {
			Run run = new Run(shots, base);
			run.bootstrap = new Bootstrap().group(loop)
				.channel(NioSocketChannel.class)
				.option(ChannelOption.TCP_NODELAY, true)
				.handler(new ChannelInitializer<SocketChannel>() {
					@Override
					protected void initChannel(SocketChannel channel) {
						channel.pipeline()
							.addLast(new HttpClientCodec(), new HttpObjectAggregator(1 << 22), new Connection(run));
					}
				});
			for (int i = 0; i < Math.min(connections, shots.size()); i++) {
				run.connect();
			}
			if (!run.done.await(20, TimeUnit.MINUTES)) {
				throw new IllegalStateException(
						"The load did not finish: " + run.completed.get() + " of " + shots.size() + " answered");
			}
			return new ArrayList<>(run.answers);
		}
		finally {
			loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
		}
	}

	private static final class Run {

		final List<Shot> shots;

		final URI base;

		final AtomicInteger next = new AtomicInteger();

		final AtomicInteger completed = new AtomicInteger();

		final Queue<Answer> answers = new ConcurrentLinkedQueue<>();

		final CountDownLatch done = new CountDownLatch(1);

		Bootstrap bootstrap;

		Run(List<Shot> shots, URI base) {
			this.shots = shots;
			this.base = base;
		}

		void connect() {
			bootstrap.connect(base.getHost(), base.getPort());
		}

		void answered(Answer answer) {
			answers.add(answer);
			if (completed.incrementAndGet() == shots.size()) {
				done.countDown();
			}
		}

	}

	private static final class Connection extends SimpleChannelInboundHandler<FullHttpResponse> {

		private final Run run;

		private Shot current;

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
			byte[] body = current.body().getBytes(StandardCharsets.UTF_8);
			FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST,
					"/api/v1/orders", Unpooled.wrappedBuffer(body));
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
			String body = status == 201 ? "" : response.content().toString(StandardCharsets.UTF_8);
			run.answered(new Answer(status, nanos, body, start + nanos));
			current = null;
			if (HttpUtil.isKeepAlive(response)) {
				sendNext(ctx);
			}
			else {
				ctx.close();
				run.connect();
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
				run.answered(new Answer(-1, nanos, why, start + nanos));
				current = null;
				if (run.next.get() < run.shots.size()) {
					run.connect();
				}
			}
		}

	}

}
