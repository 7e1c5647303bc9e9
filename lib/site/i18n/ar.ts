import type { Dictionary } from './dictionary'

export const ar: Dictionary = {
  home: 'الرئيسية',
  separator: ' | ',
  skipToContent: 'انتقل إلى المحتوى الرئيسي',
  sections: 'الأقسام',
  allSections: 'كل الأقسام',
  menu: 'القائمة',
  breaking: 'عاجل',
  topStories: 'أبرز الأخبار',
  latest: 'آخر الأخبار',
  more: (section) => `المزيد من ${section}`,
  by: 'بقلم',
  and: 'و',
  published: 'نُشر',
  timeIn: (dateTime, city) => `${dateTime} بتوقيت ${city}`,
  updated: 'حُدّث',
  minRead: (count, minutes) => {
    // Arabic counts with six plural forms; reading times need four of them.
    switch (new Intl.PluralRules('ar').select(count)) {
      case 'one':
        return 'دقيقة واحدة للقراءة'
      case 'two':
        return 'دقيقتان للقراءة'
      case 'few':
        return `${minutes} دقائق للقراءة`
      case 'zero':
      case 'many':
      case 'other':
        return `${minutes} دقيقة للقراءة`
    }
  },
  basedOnReportBy: 'استنادًا إلى تقرير لـ',
  tags: 'مواضيع',
  tagTitle: (tag) => `موضوع: ${tag}`,
  related: 'ذو صلة',
  corrections: 'تصحيحات',
  correctionOn: (date) => `تصحيح، ${date}`,
  opinion: 'رأي',
  breadcrumb: 'مسار التصفح',
  pagination: 'الصفحات',
  previousPage: 'الأحدث',
  nextPage: 'الأقدم',
  pageDates: (from, to) => `من ${from} إلى ${to}`,
  articlesBy: (name) => `مقالات ${name}`,
  noArticles: 'لا توجد مقالات بعد.',
  footerAbout: 'من نحن',
  editions: 'الطبعات',
  notFoundTitle: 'الصفحة غير موجودة',
  notFoundText: 'الصفحة التي طلبتها غير موجودة هنا. ربما نُقلت، أو أن في العنوان خطأ.',
  notFoundHome: 'اذهب إلى الصفحة الأولى',
  photo: 'صورة',
  draft: 'مسودة',
  scheduled: 'مجدول',
  search: {
    title: 'بحث',
    label: 'ابحث في المقالات',
    submit: 'بحث',
    again: 'ابحث مجددًا',
    needsJavaScript:
      'يعمل البحث في متصفحك ويحتاج إلى جافاسكريبت. ويمكن الوصول إلى كل مقال أيضًا من صفحات الأقسام والمواضيع.',
    searching: 'جارٍ البحث…',
    resultsFor: 'نتائج البحث عن «{query}»',
    noResults: 'لا توجد مقالات تطابق هذه الكلمات. جرّب كلمات أقل أو مختلفة.',
    unavailable: 'البحث غير متاح الآن.',
  },
  live: {
    live: 'مباشر',
    ended: 'انتهت التغطية',
    keyPoints: 'أبرز النقاط',
    keyEvents: 'أبرز الأحداث',
    pinned: 'مثبّت',
    updates: 'التحديثات',
    updateCount: (count, digits) => {
      switch (new Intl.PluralRules('ar').select(count)) {
        case 'one':
          return 'تحديث واحد'
        case 'two':
          return 'تحديثان'
        case 'few':
          return `${digits} تحديثات`
        case 'many':
          return `${digits} تحديثًا`
        case 'zero':
        case 'other':
          return `${digits} تحديث`
      }
    },
    lastUpdate: 'آخر تحديث',
    coverageEnded: 'انتهت التغطية',
    newer: 'تحديثات أحدث',
    older: 'تحديثات أقدم',
    newUpdates: {
      one: 'تحديث جديد واحد: اعرضه',
      two: 'تحديثان جديدان: اعرضهما',
      few: '{n} تحديثات جديدة: اعرضها',
      many: '{n} تحديثًا جديدًا: اعرضها',
      other: '{n} تحديث جديد: اعرضها',
    },
  },
  embeds: {
    load: (provider) => `تحميل من ${provider}`,
    privacy: (provider) => `التحميل يُطلع ${provider} على زيارتك.`,
    open: (provider) => `افتح في ${provider}`,
    untitled: (provider) => `منشور على ${provider}`,
    map: 'خريطة',
  },
  media: {
    video: 'فيديو',
    audio: 'استمع',
    download: (size) => `نزّله (${size})`,
    transcript: 'النص المكتوب',
  },
  gallery: {
    heading: 'صور',
    position: (index, count) => `الصورة ${index} من ${count}`,
    previous: 'السابقة',
    next: 'التالية',
    close: 'إغلاق',
  },
  share: {
    heading: 'شارك هذا المقال',
    x: 'إكس',
    facebook: 'فيسبوك',
    whatsapp: 'واتساب',
    telegram: 'تيليغرام',
    email: 'البريد الإلكتروني',
  },
  feeds: 'الخلاصات',
  sectionFeed: (section) => `خلاصة ${section} (RSS)`,
}
