package org.regiomonitor.monitor;

import java.util.List;

/**
 * A least-squares straight line through (year, value) points: the method of the trend signal and of the on-track
 * verdict of a target (extrapolated to the target year).
 *
 * @param from the first year of the fit; {@code to} the last; {@code points} how many figures it used
 */
public record Trend(double slope, double intercept, int points, double from, double to, double mean) {

    /** The least-squares line, or null with fewer than {@code minPoints} points. */
    public static Trend fit(List<double[]> xy, int minPoints) {
        if (xy.size() < Math.max(2, minPoints)) {
            return null;
        }
        double n = xy.size();
        double sx = 0;
        double sy = 0;
        for (double[] p : xy) {
            sx += p[0];
            sy += p[1];
        }
        double mx = sx / n;
        double my = sy / n;
        double sxx = 0;
        double sxy = 0;
        for (double[] p : xy) {
            sxx += (p[0] - mx) * (p[0] - mx);
            sxy += (p[0] - mx) * (p[1] - my);
        }
        if (sxx == 0) {
            return null;
        }
        double slope = sxy / sxx;
        return new Trend(slope, my - slope * mx, xy.size(), xy.getFirst()[0], xy.getLast()[0], my);
    }

    /** The line's value at x (e.g. the target year). */
    public double at(double x) {
        return intercept + slope * x;
    }
}
