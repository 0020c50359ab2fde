#pragma once

#include <QString>

class QPagedPaintDevice;
class QWidget;

namespace Chairside::DaySheetPrinting {

// Lays the day sheet's HTML out on `device`'s pages (a printer or a PDF writer).
void print(const QString &html, QPagedPaintDevice *device);

// Writes the sheet as an A4 PDF, replacing `path` only once the whole file is written. Returns a
// sentence for the person when it could not, else an empty string.
QString writePdf(const QString &html, const QString &path);

// The print preview, from which the person prints or saves; modal, returns when closed.
void preview(const QString &html, const QString &title, QWidget *parent);

} // namespace Chairside::DaySheetPrinting
