package dev.veil.detect.recognizers.names.build;

import com.google.i18n.phonenumbers.prefixmapper.PhonePrefixMap;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Real place names: the English descriptions of libphonenumber's geocoder data (read from the
 * build classpath, never at runtime), "Boston, MA", "Fall River, MA", "Manchester", "Minas Novas -
 * MG", reduced to the town ("Boston", "Fall River", "Minas Novas"). Some 30k towns and cities of
 * every country with geographic phone prefixes; {@link LexiconSource} gives their words the CITY
 * class, so "lives in Quincy" or "from brockton" find a place that Datafaker's invented city
 * names never held.
 */
final class GeocoderPlaces {
    private static final String DIR = "com/google/i18n/phonenumbers/geocoding/data/";

    private GeocoderPlaces() {
    }

    static Set<String> names() {
        Set<String> out = new TreeSet<>();
        URL config = GeocoderPlaces.class.getClassLoader().getResource(DIR + "config");
        if (config == null) {
            throw new IllegalStateException("libphonenumber geocoder data missing from the build classpath");
        }
        try {
            JarURLConnection c = (JarURLConnection) config.openConnection();
            c.setUseCaches(false);
            try (JarFile jar = c.getJarFile()) {
                for (JarEntry e : Collections.list(jar.entries())) {
                    if (e.getName().startsWith(DIR) && e.getName().endsWith("_en")) {
                        PhonePrefixMap map = new PhonePrefixMap();
                        try (ObjectInputStream in = new ObjectInputStream(jar.getInputStream(e))) {
                            map.readExternal(in);
                        }
                        // toString lists the entries as "prefix|description" lines
                        for (String line : map.toString().split("\n")) {
                            int bar = line.indexOf('|');
                            String town = bar < 0 ? "" : town(line.substring(bar + 1));
                            if (!town.isEmpty()) {
                                out.add(town);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** "Boston, MA" gives "Boston", "Lucélia - SP" gives "Lucélia"; "" for anything else. */
    static String town(String description) {
        String d = description;
        int cut = d.indexOf(',');
        if (cut >= 0) {
            d = d.substring(0, cut);
        }
        cut = d.indexOf(" - ");
        if (cut >= 0) {
            d = d.substring(0, cut);
        }
        d = d.strip();
        if (d.isEmpty() || d.split(" ").length > 3 || !Character.isUpperCase(d.charAt(0))) {
            return "";
        }
        for (int i = 0; i < d.length(); i++) {
            char ch = d.charAt(i);
            if (!Character.isLetter(ch) && ch != ' ' && ch != '-' && ch != '\'' && ch != '.') {
                return "";
            }
        }
        return d;
    }
}
