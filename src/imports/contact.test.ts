import { describe, expect, it } from 'vitest';
import { joinName } from './contact';

const parts = (given: string, family: string, middle = '', prefix = '', suffix = '') => ({
  given,
  family,
  middle,
  prefix,
  suffix,
});

describe('joinName', () => {
  it('writes a Chinese, Japanese or Korean name family name first and without a space', () => {
    expect(joinName(parts('太郎', '山田'))).toBe('山田太郎');
    expect(joinName(parts('小明', '王'))).toBe('王小明');
    expect(joinName(parts('민준', '김'))).toBe('김민준');
  });

  it('writes other names given name first, and a name mixing scripts as the parts come', () => {
    expect(joinName(parts('Ayşe', 'Yılmaz', '', 'Dr.'))).toBe('Dr. Ayşe Yılmaz');
    expect(joinName(parts('Иван', 'Сидоров', 'Петрович'))).toBe('Иван Петрович Сидоров');
    expect(joinName(parts('Kenji', '山田'))).toBe('Kenji 山田');
  });
});
