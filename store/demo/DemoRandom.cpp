#include "store/demo/DemoRandom.h"

namespace Chairside {

namespace {
// FNV-1a over the stream name, so each part of the salon draws from its own sequence and a
// change in one part does not reshuffle all the others.
quint32 streamHash(QStringView stream)
{
    quint32 hash = 2166136261u;
    for (const QChar c : stream) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}
} // namespace

DemoRandom::DemoRandom(quint32 seed, QStringView stream)
{
    std::seed_seq sequence{seed, streamHash(stream), 0x43686169u /* "Chai" */};
    m_engine.seed(sequence);
}

quint64 DemoRandom::below(quint64 bound)
{
    // Rejection sampling on 64 bits built from two 32-bit outputs: exact and portable.
    const quint64 limit = ~quint64(0) - (~quint64(0) % bound);
    for (;;) {
        const quint64 value = (quint64(m_engine()) << 32) | quint64(m_engine());
        if (value < limit)
            return value % bound;
    }
}

int DemoRandom::between(int low, int high)
{
    return int(between64(low, high));
}

qint64 DemoRandom::between64(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    return low + qint64(below(quint64(high - low) + 1));
}

bool DemoRandom::chance(double probability)
{
    if (probability <= 0.0)
        return false;
    if (probability >= 1.0)
        return true;
    return below(1000000) < quint64(probability * 1000000.0);
}

qsizetype DemoRandom::weighted(const QList<int> &weights)
{
    qint64 total = 0;
    for (const int w : weights)
        total += qMax(0, w);
    if (total <= 0)
        return weights.isEmpty() ? -1 : 0;
    qint64 draw = qint64(below(quint64(total)));
    for (qsizetype i = 0; i < weights.size(); ++i) {
        draw -= qMax(0, weights.at(i));
        if (draw < 0)
            return i;
    }
    return weights.size() - 1;
}

QString DemoRandom::uuid()
{
    quint32 words[4] = {quint32(m_engine()), quint32(m_engine()), quint32(m_engine()),
                        quint32(m_engine())};
    words[1] = (words[1] & 0xffff0fffu) | 0x00004000u; // version 4
    words[2] = (words[2] & 0x3fffffffu) | 0x80000000u; // RFC 4122 variant
    static constexpr char kHex[] = "0123456789abcdef";
    QString text(36, Qt::Uninitialized);
    QChar *out = text.data();
    int pos = 0;
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            out[pos++] = u'-';
        const quint32 word = words[i / 8];
        const int shift = 28 - 4 * (i % 8);
        out[pos++] = QLatin1Char(kHex[(word >> shift) & 0xfu]);
    }
    return text;
}

} // namespace Chairside
