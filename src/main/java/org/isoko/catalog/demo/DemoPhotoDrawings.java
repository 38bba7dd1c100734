package org.isoko.catalog.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

import org.isoko.catalog.Category;

/**
 * Pictures for the demo products, drawn by this class (so the demo needs no downloaded
 * photo and no licence): beans, leaves, chilies or a machine, scattered by a seeded
 * random so every start draws the same picture. They go through the same upload path as a
 * seller's photo (a PNG in, JPEGs out).
 */
final class DemoPhotoDrawings {

	private static final int WIDTH = 800;

	private static final int HEIGHT = 600;

	private DemoPhotoDrawings() {
	}

	static byte[] png(Category category, long seed) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			Random random = new Random(seed);
			switch (category) {
				case GREEN_COFFEE -> beans(g, random, new Color(0xC9B48A), new Color(0x9DA67A), new Color(0x6E7552));
				case ROASTED_COFFEE -> beans(g, random, new Color(0xF1E6D2), new Color(0x5A3522), new Color(0x2E1A10));
				case TEA -> leaves(g, random);
				case SPICES -> chilies(g, random);
				default -> machine(g, random);
			}
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static void background(Graphics2D g, Color light) {
		g.setPaint(new GradientPaint(0, 0, light.brighter(), WIDTH, HEIGHT, light));
		g.fillRect(0, 0, WIDTH, HEIGHT);
	}

	private static void beans(Graphics2D g, Random random, Color ground, Color bean, Color crease) {
		background(g, ground);
		for (int i = 0; i < 90; i++) {
			double x = random.nextDouble() * WIDTH;
			double y = random.nextDouble() * HEIGHT;
			AffineTransform saved = g.getTransform();
			g.rotate(random.nextDouble() * Math.PI, x, y);
			Color shade = jitter(bean, random);
			g.setPaint(new GradientPaint((float) x - 30, (float) y - 20, shade.brighter(), (float) x + 30,
					(float) y + 20, shade.darker()));
			g.fill(new Ellipse2D.Double(x - 32, y - 22, 64, 44));
			g.setColor(crease);
			g.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			g.draw(new QuadCurve2D.Double(x - 26, y, x, y + (random.nextBoolean() ? 7 : -7), x + 26, y));
			g.setTransform(saved);
		}
	}

	private static void leaves(Graphics2D g, Random random) {
		background(g, new Color(0xE8E1CC));
		for (int i = 0; i < 45; i++) {
			double x = random.nextDouble() * WIDTH;
			double y = random.nextDouble() * HEIGHT;
			AffineTransform saved = g.getTransform();
			g.rotate(random.nextDouble() * 2 * Math.PI, x, y);
			Path2D leaf = new Path2D.Double();
			leaf.moveTo(x - 60, y);
			leaf.quadTo(x, y - 34, x + 60, y);
			leaf.quadTo(x, y + 34, x - 60, y);
			g.setColor(jitter(new Color(0x3F6B2A), random));
			g.fill(leaf);
			g.setColor(new Color(0x9CC27A));
			g.setStroke(new BasicStroke(2f));
			g.draw(new QuadCurve2D.Double(x - 55, y, x, y - 4, x + 55, y));
			g.setTransform(saved);
		}
	}

	private static void chilies(Graphics2D g, Random random) {
		background(g, new Color(0xEFE3C8));
		for (int i = 0; i < 40; i++) {
			double x = random.nextDouble() * WIDTH;
			double y = random.nextDouble() * HEIGHT;
			AffineTransform saved = g.getTransform();
			g.rotate(random.nextDouble() * 2 * Math.PI, x, y);
			Path2D pod = new Path2D.Double();
			pod.moveTo(x - 70, y);
			pod.curveTo(x - 40, y - 22, x + 40, y - 16, x + 70, y + 10);
			pod.curveTo(x + 30, y + 6, x - 40, y + 18, x - 70, y);
			g.setColor(jitter(new Color(0xA8231B), random));
			g.fill(pod);
			g.setColor(new Color(0x4C7A2B));
			g.fill(new RoundRectangle2D.Double(x - 84, y - 6, 18, 12, 6, 6));
			g.setTransform(saved);
		}
	}

	private static void machine(Graphics2D g, Random random) {
		background(g, new Color(0xDCE3E8));
		Color steel = jitter(new Color(0x6F7C86), random);
		g.setColor(new Color(0x3B4650));
		g.fill(new RoundRectangle2D.Double(170, 430, 460, 40, 12, 12));
		g.setColor(steel);
		g.fill(new RoundRectangle2D.Double(220, 180, 360, 250, 30, 30));
		g.setColor(steel.darker());
		g.fill(new Ellipse2D.Double(300, 220, 200, 170));
		g.setColor(new Color(0xC9D3DA));
		g.fill(new Ellipse2D.Double(345, 258, 110, 94));
		g.setColor(new Color(0x2F6F4E));
		Path2D hopper = new Path2D.Double();
		hopper.moveTo(300, 180);
		hopper.lineTo(260, 90);
		hopper.lineTo(540, 90);
		hopper.lineTo(500, 180);
		hopper.closePath();
		g.fill(hopper);
	}

	private static Color jitter(Color color, Random random) {
		int spread = 18;
		return new Color(clamp(color.getRed() + random.nextInt(spread * 2) - spread),
				clamp(color.getGreen() + random.nextInt(spread * 2) - spread),
				clamp(color.getBlue() + random.nextInt(spread * 2) - spread));
	}

	private static int clamp(int value) {
		return Math.max(0, Math.min(255, value));
	}

}
