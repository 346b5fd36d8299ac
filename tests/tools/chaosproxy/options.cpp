#include "options.h"

namespace chaosproxy {
namespace {

std::optional<Endpoint> parseEndpoint(const QString &text, bool allowPortZero)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    Endpoint e;
    if (!e.host.setAddress(text.left(colon)))
        return std::nullopt;
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535 || (port == 0 && !allowPortZero))
        return std::nullopt;
    e.port = quint16(port);
    return e;
}

std::optional<double> parseRate(const QString &text)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !(v >= 0.0 && v <= 1.0))
        return std::nullopt;
    return v;
}

std::optional<int> parseMs(const QString &text)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < 0 || v > 600000)
        return std::nullopt;
    return v;
}

} // namespace

QString usage()
{
    return QStringLiteral(
        "usage: saisie_chaosproxy --listen HOST:PORT --upstream HOST:PORT --seed N\n"
        "         [--cut-rate P] [--delay-rate P] [--max-delay-ms N]\n"
        "         [--lose-after-response-rate P | --dup-rate P] [--response-quiet-ms N]\n"
        "         [--stall-rate P] [--cut-window BYTES] [--port-file FILE] [--log FILE]\n"
        "  P is a probability in [0, 1]; N is a non-negative integer; --listen may use port 0;\n"
        "  cut and stall offsets are uniform in [0, BYTES) over both directions (default 2 MiB).\n");
}

std::optional<Options> parseOptions(const QStringList &args, QString *error)
{
    Options o;
    bool haveListen = false, haveUpstream = false, haveSeed = false;
    const auto fail = [error](const QString &message) {
        *error = message;
        return std::nullopt;
    };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &name = args.at(i);
        if (name == QLatin1String("--help") || name == QLatin1String("-h"))
            return fail(QStringLiteral("help requested"));
        if (!name.startsWith(QLatin1String("--")))
            return fail(QStringLiteral("unexpected argument '%1'").arg(name));
        if (i + 1 >= args.size())
            return fail(QStringLiteral("%1 needs a value").arg(name));
        const QString value = args.at(++i);
        const auto bad = [&](const char *what) {
            return fail(QStringLiteral("%1: '%2' is not %3").arg(name, value, QLatin1String(what)));
        };
        if (name == QLatin1String("--listen")) {
            const auto e = parseEndpoint(value, true);
            if (!e)
                return bad("an IP:PORT address");
            o.listen = *e;
            haveListen = true;
        } else if (name == QLatin1String("--upstream")) {
            const auto e = parseEndpoint(value, false);
            if (!e)
                return bad("an IP:PORT address with a non-zero port");
            o.upstream = *e;
            haveUpstream = true;
        } else if (name == QLatin1String("--seed")) {
            bool ok = false;
            o.seed = value.toULongLong(&ok);
            if (!ok)
                return bad("an unsigned 64-bit integer");
            haveSeed = true;
        } else if (name == QLatin1String("--max-delay-ms") || name == QLatin1String("--response-quiet-ms")) {
            const auto ms = parseMs(value);
            if (!ms)
                return bad("a number of milliseconds in [0, 600000]");
            (name == QLatin1String("--max-delay-ms") ? o.maxDelayMs : o.responseQuietMs) = *ms;
        } else if (name == QLatin1String("--cut-window")) {
            bool ok = false;
            o.faultWindow = value.toLongLong(&ok);
            if (!ok || o.faultWindow < 1 || o.faultWindow > qint64(1) << 40)
                return bad("a byte count in [1, 2^40]");
        } else if (name == QLatin1String("--port-file") || name == QLatin1String("--log")) {
            if (value.isEmpty())
                return bad("a file name");
            (name == QLatin1String("--log") ? o.logFile : o.portFile) = value;
        } else {
            double *rate = nullptr;
            if (name == QLatin1String("--cut-rate"))
                rate = &o.cutRate;
            else if (name == QLatin1String("--delay-rate"))
                rate = &o.delayRate;
            else if (name == QLatin1String("--lose-after-response-rate") || name == QLatin1String("--dup-rate"))
                rate = &o.loseAfterResponseRate;
            else if (name == QLatin1String("--stall-rate"))
                rate = &o.stallRate;
            else
                return fail(QStringLiteral("unknown option '%1'").arg(name));
            const auto r = parseRate(value);
            if (!r)
                return bad("a probability in [0, 1]");
            *rate = *r;
        }
    }
    if (!haveListen)
        return fail(QStringLiteral("--listen is required"));
    if (!haveUpstream)
        return fail(QStringLiteral("--upstream is required"));
    if (!haveSeed)
        return fail(QStringLiteral("--seed is required (a run must be reproducible)"));
    return o;
}

} // namespace chaosproxy
