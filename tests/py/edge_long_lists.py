# operations on large containers: 100k-element lists, dicts and sets, sorting and slicing
N = 100000
big = list(range(N))
print(len(big), sum(big), big[-1], big[N // 2], big[::25000])
rev = big[::-1]
print(rev[:3], rev[-3:], rev == sorted(big, reverse=True))
sq = [x * x % 1009 for x in big]
print(sum(sq), max(sq), min(sq), sq.count(0), sq.index(1008) if 1008 in sq else -1)
d = {i: i % 97 for i in range(N)}
print(len(d), d[12345], sum(d.values()), list(d)[-1])
s = set(x % 1000 for x in big)
print(len(s), 999 in s, 1000 in s)
words = [str(i) for i in range(N)]
joined = ",".join(words)
print(len(joined), joined[:20], joined.count(","), len(joined.split(",")))
srt = sorted(words)
print(srt[:5], srt[-3:])
lst = []
for i in range(N):
    lst.append(i)
while len(lst) > 10:
    lst.pop()
print(lst)
del big[10:N - 10]
print(big)
m = [[i * j for j in range(100)] for i in range(100)]
print(sum(map(sum, m)), m[99][99], len([v for row in m for v in row if v % 7 == 0]))
text = "ab" * 50000
print(len(text), text.count("ab"), text.find("ba", 99990), text[-5:], len(text.replace("a", "")))
freq = {}
for ch in text[:1001]:
    freq[ch] = freq.get(ch, 0) + 1
print(freq)
