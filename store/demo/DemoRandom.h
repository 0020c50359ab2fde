#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <random>

namespace Chairside {

// The demo salon's only source of chance. Everything is derived from std::mt19937 output with
// integer arithmetic (no std::uniform_*_distribution, whose results differ between standard
// libraries), so the same seed gives the same salon on every platform.
class DemoRandom final
{
public:
    explicit DemoRandom(quint32 seed, QStringView stream = {});

    quint32 next() { return quint32(m_engine()); }
    // A whole number in [low, high] (inclusive). high < low returns low.
    int between(int low, int high);
    qint64 between64(qint64 low, qint64 high);
    // True with the given probability in [0, 1], in steps of 1 / 1,000,000.
    bool chance(double probability);
    // An index in [0, weights.size()) chosen in proportion to the non-negative weights.
    qsizetype weighted(const QList<int> &weights);
    // Index of a random element of a list of `size` elements (size > 0).
    qsizetype index(qsizetype size) { return qsizetype(between64(0, qint64(size) - 1)); }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(index(list.size()));
    }
    // A random version-4 UUID in lower-case text form, drawn from this generator.
    QString uuid();

private:
    quint64 below(quint64 bound); // uniform in [0, bound), bound > 0
    std::mt19937 m_engine;
};

} // namespace Chairside
